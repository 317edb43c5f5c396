package be.inasti.missiondesk.app.report;

/** A colour for the PDF, components 0 to 1 (PDFBox's own overloads; no AWT in this application). */
record Rgb(float red, float green, float blue) {
    static Rgb of(int red, int green, int blue) {
        return new Rgb(red / 255f, green / 255f, blue / 255f);
    }
}
