package org.gongkai.jobs.warehouse;

import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Spark rows take Scala collections for ARRAY and MAP columns; these wrap Java ones (nested lists too). */
public final class ScalaValues {

    private ScalaValues() {
    }

    /** Nulls are kept: an ambiguous run's reading has null for a placeholder cell. */
    public static scala.collection.Seq<Object> seq(List<?> list) {
        List<Object> converted = new ArrayList<>(list.size());
        list.forEach(value -> converted.add(nested(value)));
        return CollectionConverters.asScala(converted).toSeq();
    }

    public static scala.collection.Map<String, ?> map(Map<String, ?> map) {
        return CollectionConverters.asScala(map);
    }

    private static Object nested(Object value) {
        return value instanceof List<?> list ? seq(list) : value;
    }
}
