"""The rules, pure: answers in, recommendation out. No prompts, no printing, no files."""
