// TrackerStoreGenerator::emitTurn: the events of one saved turn, shaped as
// Rasa 2.8 or 3.6 writes them (compare tests/data/trackerstore/).
#include "trackerstorecontent.h"
#include "trackerstoregenerator.h"

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

namespace Content = TrackerStoreContent;

namespace {

constexpr double SessionExpirationSeconds = 3600; // moodbot's 60 minutes

//! Python's float() of a numpy float32, as Rasa's confidences are.
double float32(double value)
{
    return static_cast<double>(static_cast<float>(value));
}

QString hexId(QRandomGenerator &random)
{
    QString id;
    for (int i = 0; i < 4; ++i)
        id += u"%1"_s.arg(uint(random.generate()), 8, 16, QChar(u'0'));
    return id;
}

PyJson textTokens(const QString &text)
{
    PyJson tokens = PyJson::array();
    const QList<uint> points = text.toUcs4();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= points.size(); ++i) {
        const bool space =
            i == points.size() || QChar::isSpace(static_cast<char32_t>(points.at(i)));
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            tokens.append(PyJson::array({PyJson(qint64(start)), PyJson(qint64(i))}));
            start = -1;
        }
    }
    return tokens;
}

//! Builds the events of one turn in one Rasa line's shapes.
class Turn
{
public:
    Turn(TrackerStoreGenerator::RasaLine line, QRandomGenerator &random, double &time)
        : m_v3(line == TrackerStoreGenerator::RasaLine::V3_6), m_random(random), m_time(time)
    { }

    PyJson metadata(PyJson::Members extra = {}) const
    {
        if (m_v3)
            extra += {{u"model_id"_s, "4413d7b963864852b10f2ebb3154d962"},
                      {u"assistant_id"_s, "rasa-coach-bot"}};
        return PyJson::object(extra);
    }
    double tick()
    {
        m_time += 0.00002 + m_random.generateDouble() * 0.008;
        return m_time;
    }
    QString policy(const QString &name) const
    {
        return m_v3 ? name
                    : (name == u"RulePolicy" ? u"policy_1_RulePolicy"_s : u"policy_0_" + name);
    }

    PyJson action(const QString &name, const PyJson &policy, const PyJson &confidence,
                  bool hide = false)
    {
        return TrackerStoreGenerator::rasaEvent(u"action"_s, tick(), metadata(),
                                                {{u"name"_s, name},
                                                 {u"policy"_s, policy},
                                                 {u"confidence"_s, confidence},
                                                 {u"action_text"_s, nullptr},
                                                 {u"hide_rule_turn"_s, hide}});
    }
    PyJson simple(const QString &type)
    {
        return TrackerStoreGenerator::rasaEvent(type, tick(), metadata(), {});
    }
    PyJson bot(const QString &action)
    {
        const bool buttons = action == u"utter_greet";
        PyJson data = PyJson::object({{u"elements"_s, nullptr},
                                      {u"quick_replies"_s, nullptr},
                                      {u"buttons"_s,
                                       buttons ? PyJson::array({PyJson::object(
                                           {{u"title"_s, "great"}, {u"payload"_s, "/mood_great"}})})
                                               : PyJson()},
                                      {u"attachment"_s, nullptr},
                                      {u"image"_s, nullptr},
                                      {u"custom"_s, nullptr}});
        return TrackerStoreGenerator::rasaEvent(
            u"bot"_s, tick(), metadata({{u"utter_action"_s, action}}),
            {{u"text"_s, Content::responseText(action)},
             {u"data"_s, data},
             {u"metadata"_s, metadata({{u"utter_action"_s, action}})}});
    }
    PyJson slot(const QString &name, const QString &value)
    {
        return TrackerStoreGenerator::rasaEvent(u"slot"_s, tick(), metadata(),
                                                {{u"name"_s, name}, {u"value"_s, value}});
    }
    PyJson featurization()
    {
        return TrackerStoreGenerator::rasaEvent(u"user_featurization"_s, tick(), metadata(),
                                                {{u"use_text_for_featurization"_s, false}});
    }

    //! Rasa 2.8's NLU gives intents an id; `/restart` and external intents have none.
    PyJson intent(const QString &name, std::optional<double> confidence, bool fromNlu = true) const
    {
        PyJson intent = PyJson::object();
        if (!m_v3 && fromNlu)
            intent.insert(u"id"_s, Content::intentId(name));
        intent.insert(u"name"_s, name);
        if (confidence)
            intent.insert(u"confidence"_s, *confidence);
        return intent;
    }
    //! The ranking: the chosen intent first, the rest share what is left.
    PyJson ranking(const QString &top, double confidence)
    {
        PyJson list = PyJson::array({intent(top, confidence)});
        double left = 1.0 - confidence;
        for (const Content::Intent &other : Content::intents()) {
            if (other.name == top || list.items().size() >= 10)
                continue;
            const double share = float32(std::min(left, confidence) * m_random.generateDouble());
            left -= share;
            list.append(intent(other.name, share));
        }
        return list;
    }

    PyJson user(const QString &text, const PyJson &intentJson, const PyJson &ranking,
                const PyJson &entities, bool external)
    {
        const QString id = hexId(m_random);
        PyJson parse = PyJson::object({{u"intent"_s, intentJson},
                                       {u"entities"_s, entities},
                                       {u"text"_s, text},
                                       {u"message_id"_s, external ? PyJson() : PyJson(id)}});
        parse.insert(u"metadata"_s,
                     external ? PyJson::object({{u"is_external"_s, true}}) : PyJson::object());
        if (!external) {
            if (m_v3 && !text.startsWith(u'/'))
                parse.insert(u"text_tokens"_s, textTokens(text));
            parse.insert(u"intent_ranking"_s, ranking);
        }
        const PyJson own = external ? metadata({{u"is_external"_s, true}}) : metadata();
        return TrackerStoreGenerator::rasaEvent(
            u"user"_s, tick(), own,
            {{u"text"_s, text},
             {u"parse_data"_s, parse},
             {u"input_channel"_s, "rest"},
             {u"message_id"_s, external ? PyJson() : PyJson(id)},
             {u"metadata"_s, own}});
    }

private:
    bool m_v3;
    QRandomGenerator &m_random;
    double &m_time;
};

//! A template with {cuisine}/{city} filled in and the entities found.
QPair<QString, PyJson> fillTemplate(QString text, QRandomGenerator &random, bool v3)
{
    PyJson entities = PyJson::array();
    QList<QPair<QString, QString>> found;
    for (const QString &type : {u"cuisine"_s, u"city"_s}) {
        const QString slot = u"{"_s + type + u"}"_s;
        const qsizetype at = text.indexOf(slot);
        if (at < 0)
            continue;
        const QString value = type == u"city" ? Content::city(random) : Content::cuisine(random);
        text.replace(at, slot.size(), value);
        found.append({type, value});
    }
    for (const auto &[type, value] : found) {
        const qsizetype start = text.left(text.indexOf(value)).toUcs4().size();
        PyJson entity =
            PyJson::object({{u"entity"_s, type},
                            {u"start"_s, qint64(start)},
                            {u"end"_s, qint64(start + value.toUcs4().size())},
                            {u"confidence_entity"_s, float32(0.6 + 0.4 * random.generateDouble())},
                            {u"value"_s, value},
                            {u"extractor"_s, "DIETClassifier"}});
        if (v3 && random.bounded(3) == 0)
            entity.insert(u"processors"_s, PyJson::array({PyJson("EntitySynonymMapper")}));
        entities.append(entity);
    }
    return {text, entities};
}

using Add = std::function<void(const PyJson &)>;

void restartTurn(Turn &turn, const Add &add)
{
    add(turn.user(u"/restart"_s, turn.intent(u"restart"_s, 1.0, false),
                  PyJson::array({turn.intent(u"restart"_s, 1.0, false)}), PyJson::array(), false));
    add(turn.featurization());
    add(turn.action(u"action_restart"_s, turn.policy(u"RulePolicy"_s), 1.0, true));
    add(turn.simple(u"restart"_s));
    add(turn.action(u"action_session_start"_s, "followup_action", 1.0));
    add(turn.simple(u"session_started"_s));
    add(turn.action(u"action_listen"_s, PyJson(), PyJson()));
}

//! An intent triggered from outside: no confidence.
void externalTurn(Turn &turn, QRandomGenerator &random, const Add &add)
{
    const QList<Content::Intent> &intents = Content::intents();
    const QString name = intents.at(random.bounded(intents.size())).name;
    add(turn.user(u"EXTERNAL: "_s + name, turn.intent(name, std::nullopt, false), PyJson(),
                  PyJson::array(), true));
    add(turn.featurization());
    for (const QString &action : intents.at(0).responses) {
        add(turn.action(action, turn.policy(u"RulePolicy"_s), 1.0));
        add(turn.bot(action));
    }
    add(turn.action(u"action_listen"_s, turn.policy(u"RulePolicy"_s), 1.0));
}

//! NLU is unsure: a fallback runs and reverts the message (3.x: nlu_fallback).
void fallbackTurn(Turn &turn, QRandomGenerator &random, bool v3, const Add &add)
{
    const QList<Content::Intent> &intents = Content::intents();
    const Content::Intent &guess = intents.at(random.bounded(intents.size()));
    const double confidence = float32(0.05 + 0.25 * random.generateDouble());
    const QString name = v3 ? u"nlu_fallback"_s : guess.name;
    add(turn.user(guess.texts.at(random.bounded(guess.texts.size())) + Content::extraWords(random),
                  turn.intent(name, confidence), turn.ranking(name, confidence), PyJson::array(),
                  false));
    add(turn.featurization());
    add(turn.action(u"action_default_fallback"_s, turn.policy(u"RulePolicy"_s), 0.3));
    add(turn.simple(u"rewind"_s));
    add(turn.action(u"action_listen"_s, turn.policy(u"RulePolicy"_s), 1.0, true));
}

//! A typed message with its entities, slots and the bot's answer.
void typedTurn(Turn &turn, QRandomGenerator &random, bool v3, const Add &add)
{
    const QList<Content::Intent> &intents = Content::intents();
    const Content::Intent &intent = intents.at(random.bounded(intents.size()));
    const double confidence = float32(0.3 + 0.7 * random.generateDouble());
    const auto [text, entities] =
        fillTemplate(intent.texts.at(random.bounded(intent.texts.size())), random, v3);
    add(turn.user(text + Content::extraWords(random), turn.intent(intent.name, confidence),
                  turn.ranking(intent.name, confidence), entities, false));
    for (const PyJson &entity : entities.items())
        add(turn.slot(entity.value(u"entity"_s).toString(), entity.value(u"value"_s).toString()));
    add(turn.featurization());
    for (const QString &action : intent.responses) {
        add(turn.action(action, turn.policy(random.bounded(2) ? u"RulePolicy"_s : u"TEDPolicy"_s),
                        float32(0.5 + 0.5 * random.generateDouble())));
        if (action.startsWith(u"utter_"))
            add(turn.bot(action));
    }
    add(turn.action(u"action_listen"_s, turn.policy(u"RulePolicy"_s), 1.0));
}

} // namespace

void TrackerStoreGenerator::emitTurn(State &state,
                                     const std::function<void(const TrackerStoreRow &)> &sink)
{
    QRandomGenerator &random = state.random;
    const bool v3 = m_options.line == RasaLine::V3_6;
    Turn turn(m_options.line, random, state.time);
    const Add add = [&](const PyJson &event) { emitEvent(state, event, sink); };
    if (state.time - state.lastTime > SessionExpirationSeconds) {
        add(turn.action(u"action_session_start"_s, PyJson(), 1.0));
        add(turn.simple(u"session_started"_s));
        add(turn.action(u"action_listen"_s, PyJson(), PyJson()));
    }
    const int kind = state.longConversation ? 99 : random.bounded(100);
    if (kind < 4)
        restartTurn(turn, add);
    else if (kind < 7)
        externalTurn(turn, random, add);
    else if (kind < 15)
        fallbackTurn(turn, random, v3, add);
    else
        typedTurn(turn, random, v3, add);
    state.lastTime = state.time;
}

} // namespace Coach::TestSupport
