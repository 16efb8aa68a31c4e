package com.socialworkprogression.applications;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement of our own pages (/swp/accessibility), as public sector bodies publish one. */
@Controller
public class AccessibilityPage {

  @GetMapping("/swp/accessibility")
  public String statement() {
    return "accessibility";
  }
}
