"""The guide's data: the Pydantic models, the one reader of data files, the merge of an institution's files."""
