package be.inasti.missiondesk.flows.csv;

/** A file's text and the encoding it was read in (shown in reports: "UTF-8", "windows-1252"). */
record DecodedText(String text, String encoding) {
}
