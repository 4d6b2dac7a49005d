package nl.veiligheidshuis.tasklist;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The read-only case page ({@code /casus/?case=VH-...}), linked from the task forms; its data comes from /api/cases. */
@Configuration
class CasePageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/casus").setViewName("redirect:/casus/");
        registry.addViewController("/casus/").setViewName("forward:/casus/index.html");
    }
}
