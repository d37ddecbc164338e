#include "trackerstorecontent.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport::TrackerStoreContent {

const QList<Intent> &intents()
{
    static const QList<Intent> all{
        {u"greet"_s,
         {u"hello there"_s, u"Hi!"_s, u"Grüße aus Zürich"_s, u"Добрый день"_s, u"你好"_s,
          u"HELLO 😀"_s, u"¡Hola! ¿qué tal?"_s},
         {u"utter_greet"_s}},
        {u"goodbye"_s,
         {u"bye"_s, u"see you later"_s, u"Tschüss"_s, u"さようなら"_s},
         {u"utter_goodbye"_s}},
        {u"affirm"_s, {u"yes"_s, u"indeed"_s, u"Ja, genau"_s, u"100% sure"_s}, {u"utter_happy"_s}},
        {u"deny"_s, {u"no"_s, u"never"_s, u"NEIN"_s, u"not_really"_s}, {u"utter_goodbye"_s}},
        {u"mood_great"_s,
         {u"I am feeling great"_s, u"Ça va très bien"_s, u"ΣΊΣΥΦΟΣ is happy"_s, u"perfect 🎉🎉"_s,
          u"amazing, 50%_better"_s},
         {u"utter_happy"_s}},
        {u"mood_unhappy"_s,
         {u"I am sad"_s, u"not good"_s, u"sehr schlecht, straße gesperrt"_s,
          u"İstanbul is grey today"_s},
         {u"utter_cheer_up"_s, u"utter_did_that_help"_s}},
        {u"bot_challenge"_s,
         {u"are you a bot?"_s, u"Bist du ein Mensch?"_s, u"who are you"_s},
         {u"utter_iamabot"_s}},
        {u"inform"_s,
         {u"I want {cuisine} food in {city}"_s, u"{cuisine} please"_s, u"somewhere in {city}"_s},
         {u"action_search_restaurants"_s, u"utter_confirm"_s}},
        {u"request_restaurant"_s,
         {u"find me a restaurant"_s, u"Ich suche ein Restaurant in {city}"_s},
         {u"utter_ask_cuisine"_s}},
        {u"thankyou"_s,
         {u"thanks"_s, u"thank you so much"_s, u"Danke schön"_s, u"merci beaucoup"_s},
         {u"utter_noworries"_s}},
        {u"out_of_scope"_s,
         {u"what is the weather like?"_s, u"tell me a joke about the Kelvin sign \u212A"_s,
          u"ſtrange question"_s},
         {u"utter_out_of_scope"_s}},
    };
    return all;
}

QString responseText(const QString &action)
{
    static const QHash<QString, QString> texts{
        {u"utter_greet"_s, u"Hey! How are you?"_s},
        {u"utter_goodbye"_s, u"Bye"_s},
        {u"utter_happy"_s, u"Great, carry on!"_s},
        {u"utter_cheer_up"_s, u"Here is something to cheer you up:"_s},
        {u"utter_did_that_help"_s, u"Did that help you?"_s},
        {u"utter_iamabot"_s, u"I am a bot, powered by Rasa."_s},
        {u"utter_confirm"_s, u"Got it — looking for a table."_s},
        {u"utter_ask_cuisine"_s, u"What cuisine would you like?"_s},
        {u"utter_noworries"_s, u"You're welcome :)"_s},
        {u"utter_out_of_scope"_s, u"Sorry, I can't handle that request."_s},
    };
    return texts.value(action);
}

QString extraWords(QRandomGenerator &random)
{
    static const QStringList words{
        u"today"_s, u"again"_s,     u"really"_s,      u"please"_s,  u"now"_s,       u"quickly"_s,
        u"maybe"_s, u"honestly"_s,  u"zebra"_s,       u"quantum"_s, u"pineapple"_s, u"Übermut"_s,
        u"naïve"_s, u"façade"_s,    u"smörgåsbord"_s, u"ĳssel"_s,   u"Æther"_s,     u"snake_case"_s,
        u"50%"_s,   u"emoji🙂"_s, u"MIXEDcase"_s,   u"ǅemal"_s,   u"ﬁnance"_s,
    };
    const int count = random.bounded(4);
    QStringList picked;
    for (int i = 0; i < count; ++i)
        picked.append(words.at(random.bounded(words.size())));
    return picked.isEmpty() ? QString() : u" "_s + picked.join(u' ');
}

QString cuisine(QRandomGenerator &random)
{
    static const QStringList all{u"italian"_s, u"chinese"_s, u"crème brûlée"_s, u"Thai"_s};
    return all.at(random.bounded(all.size()));
}

QString city(QRandomGenerator &random)
{
    static const QStringList all{u"Berlin"_s, u"München"_s, u"São Paulo"_s, u"Zürich"_s, u"東京"_s};
    return all.at(random.bounded(all.size()));
}

QString senderId(QRandomGenerator &random, int index)
{
    switch (random.bounded(10)) {
    case 0:
        return u"user_%1%"_s.arg(index);
    case 1:
        return u"zürich-😀-%1"_s.arg(index);
    case 2:
        return u"用户%1"_s.arg(index);
    default: {
        QString hex;
        for (int i = 0; i < 4; ++i)
            hex += u"%1"_s.arg(uint(random.generate()), 8, 16, QChar(u'0'));
        return hex;
    }
    }
}

qint64 intentId(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    qint64 id = 0;
    for (int i = 0; i < 8; ++i)
        id = (id << 8) | static_cast<unsigned char>(hash.at(i));
    return id;
}

} // namespace Coach::TestSupport::TrackerStoreContent
