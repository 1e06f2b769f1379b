package org.passage.i18n;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/** The one mechanism that gives the application's message source every module's {@link MessageBundle}. */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    @Bean
    static BeanPostProcessor moduleMessageBundles(ObjectProvider<MessageBundle> bundles) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof AbstractResourceBasedMessageSource source) {
                    bundles.orderedStream().map(MessageBundle::basename)
                            .filter(basename -> !source.getBasenameSet().contains(basename))
                            .forEach(source::addBasenames);
                }
                return bean;
            }
        };
    }
}
