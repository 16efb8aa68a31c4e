package com.socialworkprogression.kit.letters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.calendar.WorkingDays;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.DeployedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.unbescape.html.HtmlEscape;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Kit block "Decision letter": the letter a person must have in writing about a decision, as a PDF.
 * Its words are a Thymeleaf template the authority deploys with its diagrams,
 * processes/&lt;authority&gt;/letters/&lt;name&gt;.html (or just &lt;name&gt;.html from Camunda Modeler), read from
 * the tenant's newest deployment like a notification text ({@link DeployedFiles}). A template usually
 * puts its words into the shared layout (kit/letters/letter-layout.html: letterhead, date, "Dear ...",
 * sign-off, footer):
 *
 *   &lt;html th:replace="~{letter-layout :: letter(~{::title}, ~{::main}, ~{::footer})}"&gt;
 *
 * What a template can use: every process variable (dates as "18 December 2026"); scoredElements and
 * notMetElements (key, title, score, met, feedback); authorityName; today; reference; applicantName;
 * ${names.&lt;variable&gt;} (the name of the person whose user id the variable holds); ${calendar} (dates
 * worked out from others, see {@link LetterCalendar}). Values are always escaped: th:utext and [(...)]
 * are refused, so nobody's input can become markup.
 */
@Component
public class Letters {

  public static final DeployedFiles.Kind KIND = new DeployedFiles.Kind("letters", ".html", "letter template");
  static final String LAYOUT = "letter-layout";

  private static final Pattern UNESCAPED = Pattern.compile("(?:data-)?th:utext|\\[\\(");
  private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
  private static final Set<String> XML_ENTITIES = Set.of("lt", "gt", "amp", "quot", "apos");

  private final DeployedFiles files;
  private final Authorities authorities;
  private final People people;
  private final Today today;
  private final LetterCalendar calendar;
  /** Spring's Thymeleaf engine: its expressions are SpEL, as on our pages (the standard engine would need OGNL). */
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public Letters(DeployedFiles files, Authorities authorities, People people, Today today, WorkingDays workingDays) {
    this.files = files;
    this.authorities = authorities;
    this.people = people;
    this.today = today;
    this.calendar = new LetterCalendar(workingDays);
    ClassLoaderTemplateResolver layout = new ClassLoaderTemplateResolver();
    layout.setPrefix("kit/letters/");
    layout.setSuffix(".html");
    layout.setTemplateMode(TemplateMode.HTML);
    layout.setCharacterEncoding("UTF-8");
    layout.setResolvablePatterns(Set.of(LAYOUT));
    layout.setCheckExistence(true);
    layout.setOrder(1);
    StringTemplateResolver letters = new StringTemplateResolver();
    letters.setTemplateMode(TemplateMode.HTML);
    letters.setCacheable(false);
    letters.setOrder(2);
    engine.addTemplateResolver(layout);
    engine.addTemplateResolver(letters);
  }

  /**
   * The letter for the application the step belongs to, e.g. render(execution, "nelc/panel-decision").
   * Its reference is the application's business key, or else its process instance id.
   */
  public Letter render(DelegateExecution execution, String template) {
    String reference = execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()
        ? execution.getProcessBusinessKey() : execution.getProcessInstanceId();
    return render(execution.getTenantId(), template, execution.getVariables(), reference);
  }

  /** The letter from the template deployed for the tenant, filled with these process variables. */
  public Letter render(String tenantId, String template, Map<String, Object> processVariables, String reference) {
    String source = files.text(KIND, tenantId, template);
    Matcher unescaped = UNESCAPED.matcher(source);
    if (unescaped.find()) {
      throw new ProcessEngineException("The letter template " + template + " uses '" + unescaped.group()
          + "', which would print what people typed as markup. Use th:text (or [[...]]) instead.");
    }
    LocalDate date = today.date();
    Map<String, Object> variables = new LinkedHashMap<>(LetterVariables.of(processVariables));
    variables.put("authorityName", authorities.find(tenantId).map(Authorities.Authority::name).orElse(tenantId));
    variables.put("today", Dates.text(date));
    variables.put("reference", reference == null ? "" : reference);
    variables.put("names", new LetterVariables.Names(processVariables, userId -> people.name(tenantId, userId)));
    variables.put("calendar", calendar);
    if (variables.get("applicantName") == null && processVariables.get("applicant") != null) {
      variables.put("applicantName", people.name(tenantId, processVariables.get("applicant").toString()));
    }
    String xhtml;
    try {
      xhtml = engine.process(source, new Context(Locale.UK, variables));
    } catch (TemplateProcessingException e) {
      throw new ProcessEngineException("The letter template " + template + " cannot be filled in: " + e.getMessage(), e);
    }
    Document document = parse(template, numericEntities(xhtml));
    String name = template.substring(template.lastIndexOf('/') + 1);
    return new Letter(date + "-" + name + ".pdf", title(document, name), pdf(document));
  }

  /** HTML's named characters (&amp;nbsp;, &amp;pound;) as the characters themselves, which XML knows. */
  static String numericEntities(String html) {
    Matcher matcher = NAMED_ENTITY.matcher(html);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String entity = matcher.group();
      String replacement = XML_ENTITIES.contains(matcher.group(1)) ? entity : HtmlEscape.unescapeHtml(entity);
      if (replacement.equals(entity) || replacement.contains("&") || replacement.contains("<")) {
        replacement = entity;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Document parse(String template, String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new ProcessEngineException("The letter template " + template + " is not well-formed XHTML (line "
          + e.getLineNumber() + " of the filled-in letter: " + e.getMessage() + "). Close every element, "
          + "including empty ones such as <br/>.", e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new ProcessEngineException("The letter template " + template + " cannot be read: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(Document document, String otherwise) {
    NodeList titles = document.getElementsByTagName("title");
    String title = titles.getLength() == 0 ? "" : titles.item(0).getTextContent().replaceAll("\\s+", " ").trim();
    return title.isEmpty() ? otherwise : title;
  }

  private static byte[] pdf(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withW3cDocument(document, "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make the letter's PDF", e);
    }
    return out.toByteArray();
  }
}
