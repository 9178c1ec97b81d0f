select nextval('seq_submission_key')
