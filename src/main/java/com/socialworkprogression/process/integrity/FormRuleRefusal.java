package com.socialworkprogression.process.integrity;

import com.socialworkprogression.process.RuleRefusal;
import java.util.List;

/** A submission the form's own rules refuse: each problem names its field by the form's label. */
public class FormRuleRefusal extends RuleRefusal {

  private final transient List<FormRules.Problem> problems;

  FormRuleRefusal(List<FormRules.Problem> problems) {
    super(FormRules.message(problems));
    this.problems = List.copyOf(problems);
  }

  public List<FormRules.Problem> problems() {
    return problems;
  }
}
