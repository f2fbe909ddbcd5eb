"""SupportDesk: the call-centre desktop client of a frequent-flyer programme."""

__version__ = "0.1.0"
