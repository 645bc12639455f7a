"""Mentorships: from a published proposal through the contract conversation to meetings, with
the pair's private and shared writing encrypted and invisible to everyone else."""
