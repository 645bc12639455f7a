"""Support and momentum: training, peer circles, HR 1:1s, kick-off, check-ins, attention list, articles and notifications."""
