package com.socialworkprogression.portfolio;

import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.process.RuleRefusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * RED-03: the portfolio has every part the Scheme asks for. An incomplete one is refused, naming each
 * part that is missing; what was typed stays in the form.
 */
@Component("portfolioCompletenessCheck")
public class PortfolioCompletenessCheck implements TaskListener {

  static final Map<String, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("courtWorkCaseStudy", "a case study showing court work and/or legislation");
    PARTS.put("multiAgencyCaseStudy", "a case study showing multi-agency working");
    PARTS.put("childrenCaseStudy", "a case study showing work with children");
    PARTS.put("basicRequirementsEvidence", "evidence of meeting basic requirements and timescales");
    PARTS.put("peerSupportEvidence", "evidence of informal peer support");
    PARTS.put("cpdRecord", "your CPD record");
    PARTS.put("criteriaMapping", "how the evidence meets the Scheme's eight criteria");
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> missing = new ArrayList<>();
    PARTS.forEach((key, part) -> {
      if (text(task, key).isEmpty()) {
        missing.add(part);
      }
    });
    if (!Boolean.TRUE.equals(task.getVariable("recordsUpToDate"))) {
      missing.add("confirmation that all your casework records are up to date");
    }
    if (!missing.isEmpty()) {
      throw RuleRefusal.of("RED-03", "The portfolio is not complete. Missing: " + String.join("; ", missing) + ".");
    }
  }
}
