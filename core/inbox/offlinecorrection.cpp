#include "offlinecorrection.h"

#include "model/annotation.h"
#include "session/nlucorrection.h"
#include "session/sessiondocument.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct OfflineCorrectionMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::OfflineCorrection)
};

bool isFallback(const QString &action)
{
    return action == u"action_default_fallback" || action == u"action_two_stage_fallback";
}

} // namespace

OfflineCorrection::OfflineCorrection(const QString &senderId, EventList source, Domain domain)
    : m_senderId(senderId), m_source(std::move(source)), m_domain(std::move(domain))
{
    m_questionCount =
        static_cast<int>(std::count_if(m_source.cbegin(), m_source.cend(),
                                       [](const Event &e) { return asksNlu(e) || asksAction(e); }));
    advance();
}

bool OfflineCorrection::asksNlu(const Event &event)
{
    return event.type() == EventType::User && !event.text().startsWith(u'/')
        && !event.metadata().value("is_external"_L1).toBool();
}

bool OfflineCorrection::asksAction(const Event &event)
{
    if (event.type() != EventType::Action || event.name().isEmpty())
        return false;
    // A listen a policy chose ends the bot's turn (asked, as live); the
    // listens of a session start have no policy.
    if (event.isActionListen())
        return !event.policy().isEmpty();
    return event.name() != u"action_session_start" && event.name() != u"action_restart";
}

//! Copies what needs no answer, up to the next question.
void OfflineCorrection::advance()
{
    m_step = Step::Done;
    while (m_cursor < m_source.size()) {
        const Event &event = m_source.at(m_cursor);
        if (asksNlu(event)) {
            buildNluQuestion(event);
            m_step = Step::Nlu;
            return;
        }
        if (asksAction(event)) {
            buildActionQuestion(event);
            m_step = Step::Action;
            return;
        }
        ++m_cursor;
        if (event.type() == EventType::Bot && m_droppingBotMessages)
            continue;
        if (event.type() == EventType::Rewind && m_droppingRewind) {
            m_droppingRewind = false;
            continue;
        }
        if (event.type() == EventType::Action || event.type() == EventType::User)
            m_droppingBotMessages = m_droppingRewind = false;
        m_result.append(event);
    }
}

void OfflineCorrection::buildNluQuestion(const Event &user)
{
    const ParseData parse = user.parseData();
    m_nlu = NluQuestion();
    m_nlu.userEventIndex = static_cast<int>(m_result.size());
    m_nlu.text = parse.text().isNull() ? user.text() : parse.text();
    m_nlu.entities = parse.entities();
    m_nlu.annotatedText = Annotation::render(m_nlu.text, m_nlu.entities);
    m_nlu.intent = parse.intentName();
    m_nlu.confidence = parse.intentConfidence().value_or(0.0);
    m_nlu.ranking = NluCorrection::fullRanking(parse.intentRanking(), m_domain.intentNames());
    m_nlu.intentKnown = m_domain.hasIntent(m_nlu.intent);
}

void OfflineCorrection::buildActionQuestion(const Event &action)
{
    m_action = ActionQuestion();
    m_action.action = action.name();
    m_action.policy = action.policy();
    m_action.confidence = action.confidence();
    m_action.predictions.append({action.name(), action.confidence().value_or(0.0), false});
    for (const QString &name :
         m_domain.allActionNames(m_domain.formatMajorVersion() >= 3 ? 3 : 2)) {
        if (name != action.name() && name != u"action_listen")
            m_action.predictions.append({name, 0.0, false});
    }
}

Status OfflineCorrection::confirm()
{
    if (m_step == Step::Done)
        return makeError(OfflineCorrectionMessages::tr("every turn has been answered"));
    // What the kept answer did stays, also after a replaced action before it.
    m_droppingBotMessages = m_droppingRewind = false;
    m_result.append(m_source.at(m_cursor++));
    ++m_answered;
    advance();
    return {};
}

Status OfflineCorrection::correctNlu(const QString &intent, const QList<Entity> &entities)
{
    if (m_step != Step::Nlu)
        return makeError(
            OfflineCorrectionMessages::tr("the current question is not about a user message"));
    if (!NluCorrection::isValidName(intent))
        return makeError(
            OfflineCorrectionMessages::tr("\"%1\" is not a valid intent name").arg(intent));
    Result<QList<Entity>> checked = NluCorrection::checkedEntities(m_nlu.text, entities);
    if (!checked)
        return checked.error();
    if (intent == m_nlu.intent && NluCorrection::sameAnnotations(*checked, m_nlu.entities))
        return confirm();
    Event user = m_source.at(m_cursor++);
    ParseData parse = user.parseData();
    m_droppingBotMessages = m_droppingRewind = false;
    parse.setIntent(NluCorrection::chosenIntent(intent, parse.intentRanking()));
    parse.setEntities(NluCorrection::merge(*checked, m_nlu.entities));
    user.setParseData(parse);
    m_corrected.insert(static_cast<int>(m_result.size()));
    m_result.append(user);
    ++m_answered;
    advance();
    return {};
}

Status OfflineCorrection::chooseAction(const QString &name)
{
    if (m_step != Step::Action)
        return makeError(
            OfflineCorrectionMessages::tr("the current question is not about an action"));
    if (!NluCorrection::isValidName(name))
        return makeError(
            OfflineCorrectionMessages::tr("\"%1\" is not a valid action name").arg(name));
    if (name == m_action.action)
        return confirm();
    if (m_source.at(m_cursor).isActionListen()) {
        // One more action before the bot listens; then the listen again.
        appendAction(name, m_source.at(m_cursor).timestamp());
        ++m_answered;
        ++m_questionCount;
        return {};
    }
    if (name == u"action_listen")
        listenNow();
    else
        replaceAction(name);
    ++m_answered;
    advance();
    return {};
}

//! The bot should have listened instead: the rest of its turn goes, up to
//! and with the listen it ended with, which takes the place of this action.
void OfflineCorrection::listenNow()
{
    const Event original = m_source.at(m_cursor++);
    while (m_cursor < m_source.size()) {
        const Event event = m_source.at(m_cursor);
        if (event.type() == EventType::User)
            break;
        ++m_cursor;
        if (asksAction(event))
            --m_questionCount; // answered by this choice, never asked
        if (event.isActionListen())
            break;
        const bool ofTheBot = event.type() == EventType::Action || event.type() == EventType::Bot
            || event.type() == EventType::Rewind;
        if (!ofTheBot)
            m_result.append(event);
    }
    m_corrected.insert(static_cast<int>(m_result.size()));
    m_result.append(Event::action(u"action_listen"_s, {}, std::nullopt, original.timestamp()));
}

void OfflineCorrection::appendAction(const QString &name, std::optional<double> timestamp)
{
    m_corrected.insert(static_cast<int>(m_result.size()));
    m_result.append(Event::action(name, {}, std::nullopt, timestamp));
    const ResponseDefinition *response = m_domain.response(name);
    if (response && !response->variations.isEmpty()) {
        const QJsonObject first = response->variations.first().toObject();
        m_result.append(Event::bot(first.value("text"_L1).toString(), {}, timestamp));
    }
}

void OfflineCorrection::replaceAction(const QString &name)
{
    const Event original = m_source.at(m_cursor++);
    appendAction(name, original.timestamp());
    m_droppingBotMessages = true;
    m_droppingRewind = isFallback(original.name());
}

void OfflineCorrection::confirmRest()
{
    while (m_step != Step::Done)
        (void)confirm();
}

QStringList OfflineCorrection::newIntents() const
{
    QStringList names;
    for (int i : m_corrected) {
        const QString intent = m_result.at(i).userIntent();
        if (m_result.at(i).type() == EventType::User && !m_domain.hasIntent(intent)
            && !names.contains(intent))
            names.append(intent);
    }
    return names;
}

QStringList OfflineCorrection::newActions() const
{
    QStringList names;
    for (int i : m_corrected) {
        const Event &event = m_result.at(i);
        if (event.type() == EventType::Action && !m_domain.knowsAction(event.name())
            && !names.contains(event.name()))
            names.append(event.name());
    }
    return names;
}

Result<int> OfflineCorrection::commitTo(SessionDocument &document) const
{
    if (m_step != Step::Done)
        return makeError(
            OfflineCorrectionMessages::tr("the conversation still has unanswered turns"));
    QString id = u"inbox-"_s + m_senderId;
    for (int n = 2; document.conversationIndex(id) >= 0; ++n)
        id = u"inbox-%1-%2"_s.arg(m_senderId).arg(n);
    const int index =
        document.addConversation(id, OfflineCorrectionMessages::tr("Inbox: %1").arg(m_senderId));
    document.appendEvents(index, m_result);
    for (int i : m_corrected)
        document.setCorrected(index, i, true);
    for (const QString &intent : newIntents())
        document.addNewIntent(intent);
    for (const QString &action : newActions())
        document.addNewAction(action);
    return index;
}

} // namespace Coach
