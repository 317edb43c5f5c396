import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Run by 'mvn package' (java installer/ModernBytecode.java target/dist/lib) before the AOT cache is trained: rewrites
 * the class files older than Java 6 in the jars of a folder (picocli's are Java 5) as Java 8 class files, the same
 * code with the stack maps the JDK's class-file API computes. The AOT cache skips old class files, so picocli's 170
 * classes were read and verified again at every start (about 0.1 s of the window's start, beside the FX platform's
 * own). Every rewritten class is checked by the class-file API's verifier first; a jar with a class that does not
 * verify is left as it was, which only costs that time. The jars in Maven's repository are never touched.
 */
public final class ModernBytecode {
    private static final int JAVA_6 = ClassFile.JAVA_6_VERSION;
    private static final int JAVA_8 = ClassFile.JAVA_8_VERSION;

    public static void main(String[] args) throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                if (holdsOldClasses(jar)) {
                    rewrite(jar);
                }
            }
        }
    }

    private static boolean holdsOldClasses(Path jar) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (isOldClass(entry, in.getInputStream(entry).readNBytes(8))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A class file whose major version (bytes 6 and 7) is older than Java 6's; {@code bytes} from its start. */
    private static boolean isOldClass(ZipEntry entry, byte[] bytes) {
        return entry.getName().endsWith(".class") && bytes.length >= 8
                && ((bytes[6] & 0xff) << 8 | bytes[7] & 0xff) < JAVA_6;
    }

    private static void rewrite(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".modern");
        List<String> problems = new ArrayList<>();
        int count;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            // Computing a stack map needs the common super class of two types: the JDK's, or the jar's own.
            ClassFile api = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            count = copy(in, out, api, problems);
        }
        if (!problems.isEmpty()) {
            Files.delete(rewritten);
            problems.forEach(p -> System.out.println("modern-bytecode: " + jar.getFileName() + " left as it was: " + p));
            return;
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("modern-bytecode: " + jar.getFileName() + ": " + count + " class files now Java 8");
    }

    /** Copies every entry, old class files rewritten; returns how many were. */
    private static int copy(ZipFile in, ZipOutputStream out, ClassFile api, List<String> problems)
            throws IOException {
        int count = 0;
        for (ZipEntry entry : Collections.list(in.entries())) {
            byte[] bytes = in.getInputStream(entry).readAllBytes();
            if (isOldClass(entry, bytes)) {
                bytes = modern(api, api.parse(bytes));
                api.verify(bytes).forEach(e -> problems.add(entry.getName() + ": " + e.getMessage()));
                count++;
            }
            ZipEntry copy = new ZipEntry(entry.getName());
            copy.setTime(entry.getTime());
            out.putNextEntry(copy);
            out.write(bytes);
            out.closeEntry();
        }
        return count;
    }

    /** The same class with its methods' code written again (so with stack maps) under the Java 8 version. */
    private static byte[] modern(ClassFile api, ClassModel old) {
        return api.transformClass(old, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                .andThen((builder, element) -> {
                    if (element instanceof ClassFileVersion) {
                        builder.withVersion(JAVA_8, 0);
                    } else {
                        builder.with(element);
                    }
                }));
    }
}
