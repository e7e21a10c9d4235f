"""Llais: cited answers on new technology and AI at work, for the Welsh public sector.

    from assistant import ask
    answer = ask("What must my employer do before introducing RPA?", persona="worker")
    print(answer.answer); answer.model_dump()  # the JSON contract
"""

from assistant.models import Answer, Citation, Passage
from assistant.service import InvalidQuestion, ask, ask_stream

__all__ = ["Answer", "Citation", "InvalidQuestion", "Passage", "ask", "ask_stream"]
