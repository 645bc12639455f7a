"""revmentor: a platform for running reverse mentoring programs."""
