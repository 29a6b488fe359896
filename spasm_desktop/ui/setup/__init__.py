"""Getting started and looking things up: the welcome, Settings and Learn."""
