package org.gongkai.jobs.warehouse;

import scala.jdk.javaapi.CollectionConverters;

import java.util.List;
import java.util.Map;

/** Spark rows take Scala collections for ARRAY and MAP columns; these wrap Java ones (no copy). */
public final class ScalaValues {

    private ScalaValues() {
    }

    public static scala.collection.Seq<Object> seq(List<?> list) {
        return CollectionConverters.asScala(List.<Object>copyOf(list.stream().map(ScalaValues::nested).toList())).toSeq();
    }

    public static scala.collection.Map<String, ?> map(Map<String, ?> map) {
        return CollectionConverters.asScala(map);
    }

    private static Object nested(Object value) {
        return value instanceof List<?> list ? seq(list) : value;
    }
}
