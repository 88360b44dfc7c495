package org.gongkai.region;

/** How a piece of text names a region; it decides where the resolver trusts the match. */
enum NameForm {
    /** The official name: 临潼区, 任留街道, 延边朝鲜族自治州. */
    OFFICIAL,
    /** A well-known popular name from aliases.csv: 平潭综合实验区. */
    ALIAS,
    /** A short form that keeps a suffix: 任留街办, 延边州, 大厂县. */
    ABBREVIATED,
    /** The name without its suffix: 临潼, 西安, 陕西. Common words look like these, so they need context. */
    BARE,
    /**
     * The official name of a unit that does not begin with a place name (经济开发区, 林业局): many units
     * share it, so it needs its parent before it.
     */
    GENERIC
}
