package com.socialworkprogression.kit.letters;

/**
 * A decision letter, ready to send or keep with the application: its file name (the date it was
 * written and the template's name, e.g. 2026-12-18-panel-decision.pdf), its title (the template's
 * &lt;title&gt;) and the PDF itself.
 */
public record Letter(String fileName, String title, byte[] pdf) {

  public static final String CONTENT_TYPE = "application/pdf";

  @Override
  public String toString() {
    return "Letter[" + fileName + ", " + title + ", " + pdf.length + " bytes]";
  }
}
