"""The outbox: every e-mail revmentor sends is a row here first, sent once by a worker."""
