package be.inasti.missiondesk;

import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package step that rewrites Java 5 class files as Java 8 ones for the AOT cache ({@code installer/
 * ModernBytecode.java}, run as the build runs it): the rewritten class still verifies and runs, the rest of the jar
 * is kept, and a jar with nothing old is left alone.
 */
class ModernBytecodeTest {
    private static final String NOTICE = "META-INF/NOTICE.txt";

    @TempDir
    Path lib;

    @Test
    void aJava5ClassBecomesAJava8ClassThatVerifiesAndRunsAsBefore() throws Exception {
        Path jar = lib.resolve("old-library-1.0.jar");
        writeJar(jar, java5Greeter());

        String said = runTool();

        assertThat(said).contains("old-library-1.0.jar: 1 class files now Java 8");
        try (ZipFile rewritten = new ZipFile(jar.toFile())) {
            byte[] greeter = rewritten.getInputStream(rewritten.getEntry("old/Greeter.class")).readAllBytes();
            assertThat(ClassFile.of().parse(greeter).majorVersion()).isEqualTo(ClassFile.JAVA_8_VERSION);
            assertThat(new String(rewritten.getInputStream(rewritten.getEntry(NOTICE)).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("kept as it was");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            var greet = Class.forName("old.Greeter", true, loader).getMethod("greet", int.class);
            assertThat(greet.invoke(null, 1)).isEqualTo("bonjour");
            assertThat(greet.invoke(null, 0)).isEqualTo("au revoir");
        }
    }

    @Test
    void aJarWithNothingOldIsNotWrittenAgain() throws Exception {
        Path jar = lib.resolve("old-library-1.0.jar");
        writeJar(jar, java5Greeter());
        runTool();
        byte[] once = Files.readAllBytes(jar);

        String said = runTool();

        assertThat(said).doesNotContain("old-library");
        assertThat(Files.readAllBytes(jar)).isEqualTo(once);
    }

    /** {@code static String greet(int n) { return n > 0 ? "bonjour" : "au revoir"; }}: a branch needs a stack map. */
    private static byte[] java5Greeter() {
        return ClassFile.of().build(ClassDesc.of("old.Greeter"), c -> c
                .withVersion(ClassFile.JAVA_5_VERSION, 0)
                .withFlags(ClassFile.ACC_PUBLIC)
                .withMethodBody("greet", MethodTypeDesc.of(CD_String, CD_int),
                        ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> {
                            Label other = code.newLabel();
                            code.iload(0).ifle(other).ldc("bonjour").areturn()
                                    .labelBinding(other).ldc("au revoir").areturn();
                        }));
    }

    private static void writeJar(Path jar, byte[] greeter) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry(NOTICE));
            out.write("kept as it was".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("old/Greeter.class"));
            out.write(greeter);
            out.closeEntry();
        }
    }

    /** As the build runs it: the JDK's java launching the source file, from the project's folder. */
    private String runTool() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process tool = new ProcessBuilder(java.toString(), "installer/ModernBytecode.java", lib.toString())
                .redirectErrorStream(true).start();
        String said = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tool.waitFor()).as(said).isZero();
        return said;
    }
}
