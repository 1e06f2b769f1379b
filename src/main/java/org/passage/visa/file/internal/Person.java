package org.passage.visa.file.internal;

/**
 * Who in the file an item belongs to: the applicant, the travelling spouse or a child (numbered
 * from 1 in the order the checklist lists them). Its key is what the database and URLs hold.
 */
record Person(String key) {

    static final Person APPLICANT = new Person("APPLICANT");
    static final Person SPOUSE = new Person("SPOUSE");

    Person {
        if (!key.matches("APPLICANT|SPOUSE|CHILD_([1-9]|1[0-9]|20)")) {
            throw new IllegalArgumentException("no such person: " + key);
        }
    }

    static Person child(int n) {
        return new Person("CHILD_" + n);
    }

    /** The message key of the person's title, and the child's number as its argument. */
    String titleKey() {
        return key.startsWith("CHILD_") ? "visa.file.person.CHILD" : "visa.file.person." + key;
    }

    int childNumber() {
        return key.startsWith("CHILD_") ? Integer.parseInt(key.substring(6)) : 0;
    }
}
