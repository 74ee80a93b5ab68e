package fr.conciergeriesolidaire.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The suite's JUnit extension (through {@link BrowserTest}): the running site, started once for every class and
 * stopped when the suite ends, a test class's {@link Browsers}, closed with it, and, when a test fails, its
 * browsers' pages saved for the developer.
 */
final class BrowserSuite implements ParameterResolver, AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningSite.class || type == Browsers.class;
    }

    /** Constructors see the test's context, from which the class's (or the parameterized class invocation's) is found. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningSite site = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningSite.class, key -> RunningSite.start(), RunningSite.class);
        if (parameter.getParameter().getType() == RunningSite.class) {
            return site;
        }
        return classLevel(context)
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browsers.class, key -> new Browsers(site), Browsers.class);
    }

    /** The nearest context that is not a test's: the class, or one invocation of a parameterized class. */
    private static ExtensionContext classLevel(ExtensionContext context) {
        ExtensionContext level = context;
        while (level.getTestMethod().isPresent() && level.getParent().isPresent()) {
            level = level.getParent().get();
        }
        return level;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Optional<Browsers> browsers =
                Optional.ofNullable(context.getStore(NAMESPACE).get(Browsers.class, Browsers.class));
        browsers.filter(opened -> !opened.all().isEmpty()).ifPresent(opened -> {
            Path saved = FailureReport.save(names(context), opened.all());
            context.publishReportEntry("failure", "page saved in " + saved.toAbsolutePath());
        });
    }

    /** The test's display names from its class down to it. */
    private static List<String> names(ExtensionContext context) {
        List<String> names = new ArrayList<>();
        for (Optional<ExtensionContext> at = Optional.of(context);
                at.isPresent() && at.get().getParent().isPresent();
                at = at.get().getParent()) {
            names.add(at.get().getDisplayName());
        }
        Collections.reverse(names);
        return names;
    }
}
