package org.polypress.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.polypress.config.Settings;
import org.polypress.config.SettingsException;
import org.polypress.pipeline.DocumentPipeline;
import org.polypress.pipeline.Pipelines;

/**
 * Chooses the document pipeline of a run: the class named by the setting {@code pipeline.class}
 * (tests, custom deployments) or else the standard one.
 */
final class PipelineFactory {
    private PipelineFactory() {
    }

    static DocumentPipeline create(Settings settings) throws Exception {
        if (settings.pipelineClass().isPresent()) {
            return instantiate(settings.pipelineClass().get(), settings);
        }
        return Pipelines.create(settings);
    }

    private static DocumentPipeline instantiate(String className, Settings settings) throws Exception {
        Class<?> type;
        try {
            type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new SettingsException(Settings.PIPELINE_CLASS, className, "class not found");
        }
        if (!DocumentPipeline.class.isAssignableFrom(type)) {
            throw new SettingsException(Settings.PIPELINE_CLASS, className,
                    "does not implement " + DocumentPipeline.class.getName());
        }
        try {
            try {
                Constructor<?> withSettings = type.getConstructor(Settings.class);
                return (DocumentPipeline) withSettings.newInstance(settings);
            } catch (NoSuchMethodException e) {
                return (DocumentPipeline) type.getConstructor().newInstance();
            }
        } catch (NoSuchMethodException e) {
            throw new SettingsException(Settings.PIPELINE_CLASS, className,
                    "needs a public constructor taking Settings, or none");
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
