"""The Gerencia Municipal's management desk (ROF art. 32): the follow-up of the acts issued."""
