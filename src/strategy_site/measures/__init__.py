"""Measuring success: indicators, their charts, and the actions of each priority."""
