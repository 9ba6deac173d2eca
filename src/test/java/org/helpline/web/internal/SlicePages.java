package org.helpline.web.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every page needs beyond a {@code @WebMvcTest} slice's own beans: the language resolver and
 * the {@code @time} formatter and the model of the layout (the controller advices are part of a slice already).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({WebConfiguration.class, TimeFormatter.class, LayoutModel.class})
public class SlicePages {}
