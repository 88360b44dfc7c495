package org.gongkai.generate;

/**
 * One kind of department a government has.
 *
 * @param key    stable English key, part of the agency id
 * @param name   the name after the region's name (教育局 → 临潼区教育局)
 * @param weight how much more request traffic than an average department it gets
 * @param share  the fraction of governments of the level that have it
 */
record DepartmentSpec(String key, String name, double weight, double share) {
}
