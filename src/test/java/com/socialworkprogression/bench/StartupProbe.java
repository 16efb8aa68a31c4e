package com.socialworkprogression.bench;

import com.socialworkprogression.SocialWorkProgressionApplication;
import com.socialworkprogression.bench.bare.BareCamundaApplication;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one application in a fresh JVM ("ours" or "bare"), prints the JVM's uptime when it is ready to serve
 * (SpringApplication.run has returned: engine built, routes deployed, web server listening), and stops.
 */
public final class StartupProbe {

  public static final String MARK = "STARTUP_MILLIS=";

  private StartupProbe() {}

  public static void main(String[] args) {
    Class<?> application = args[0].equals("bare") ? BareCamundaApplication.class : SocialWorkProgressionApplication.class;
    ConfigurableApplicationContext context = SpringApplication.run(application, Arrays.copyOfRange(args, 1, args.length));
    System.out.println(MARK + ManagementFactory.getRuntimeMXBean().getUptime());
    context.close();
    System.exit(0);
  }
}
