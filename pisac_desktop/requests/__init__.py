"""Requests with legal clocks (ROF art. 56), each a kind of case file of the trámite: access to
public information (information.py) first; appeals, complaints, councillors' requests and
certifications follow the same shape."""
