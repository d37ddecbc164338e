"""The smallest custom action: proves that Rasa Coach started the action
server and pointed the bot at it."""

from rasa_sdk import Action


class ActionCoachPing(Action):
    def name(self):
        return "action_coach_ping"

    def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text="pong from the action server")
        return []
