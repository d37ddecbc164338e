#include "conversationmodel.h"

#include "messagemarkup.h"
#include "model/jsonutil.h"
#include "model/tracker.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

const auto IndexKey = "__coach_row_index"_L1;

// "1: yes (/yes) - {"extra": "extra"}" (spec §5.7)
QString choiceLine(int number, const QJsonObject &choice)
{
    QString line = u"%1: %2"_s.arg(number).arg(Json::string(choice, "title"_L1));
    if (choice.contains("payload"_L1))
        line += u" (%1)"_s.arg(Json::displayText(choice.value("payload"_L1)));
    QJsonObject rest = choice;
    rest.remove("title"_L1);
    rest.remove("payload"_L1);
    if (!rest.isEmpty())
        line += u" - "_s + Json::pythonDumps(rest, true, true);
    return line;
}

QString elementLine(int number, const QJsonValue &value)
{
    QJsonObject rest = value.toObject();
    const QString title = Json::string(rest, "title"_L1);
    rest.remove("title"_L1);
    return u"%1: %2 - %3"_s.arg(number).arg(title, Json::pythonDumps(rest, true, true));
}

bool present(const QJsonObject &data, QLatin1StringView key)
{
    return data.contains(key) && !data.value(key).isNull();
}

QString confidenceText(double confidence)
{
    return QString::number(confidence, 'f', 2);
}

} // namespace

ConversationModel::ConversationModel(QObject *parent) : QAbstractTableModel(parent) { }

QList<ConversationModel::Row> ConversationModel::rowsFor(const EventList &events)
{
    // Tag every event with its position so that the applied subsequence can
    // be mapped back to the list the caller gave (fork points, details).
    EventList tagged;
    tagged.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject json = events.at(i).toJson();
        json.insert(IndexKey, static_cast<double>(i));
        if (auto event = Event::fromJson(json))
            tagged.append(event.value());
    }
    QList<Row> rows;
    for (const Event &event : EventRules::applied(tagged)) {
        const int index = Json::integer(event.toJson(), IndexKey).value_or(-1);
        if (index < 0 || index >= events.size() || !isShown(events.at(index)))
            continue;
        rows.append(Row{events.at(index), index});
    }
    return rows;
}

void ConversationModel::setEvents(const EventList &events)
{
    const QList<Row> rows = rowsFor(events);
    const int common = static_cast<int>(std::min(rows.size(), m_rows.size()));
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < common; ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(rows.size()) - 1);
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
    } else if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, static_cast<int>(rows.size()), static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
}

void ConversationModel::clear()
{
    setEvents({});
}

Event ConversationModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).event : Event();
}

int ConversationModel::eventIndex(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).eventIndex : -1;
}

int ConversationModel::lastUserRow() const
{
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).event.type() == EventType::User)
            return row;
    }
    return -1;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConversationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == Number && (role == Qt::DisplayRole || role == RawValueRole))
        return index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Confidence)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return roleData(row, role);
    }
}

QVariant ConversationModel::roleData(const Row &row, int role) const
{
    const Event &event = row.event;
    switch (role) {
    case EventTypeRole:
        return static_cast<int>(event.type());
    case EventJsonRole:
        return event.toJson();
    case EventIndexRole:
        return row.eventIndex;
    case IsUserRole:
        return event.type() == EventType::User;
    case UserTextRole:
        return event.type() == EventType::User ? event.text() : QVariant();
    case EntitiesRole:
        return event.type() == EventType::User ? entitiesToJson(event.parseData().entities())
                                               : QVariant();
    case IntentRole:
        return event.type() == EventType::User ? event.parseData().fullIntentName() : QVariant();
    case ButtonsRole:
        return event.type() == EventType::Bot ? Json::array(event.botData(), "buttons"_L1)
                                              : QVariant();
    default:
        return {};
    }
}

QVariant ConversationModel::displayData(const Row &row, int column) const
{
    const Event &event = row.event;
    switch (column) {
    case Bot:
        if (event.type() == EventType::Action)
            return actionCellText(event);
        if (event.type() == EventType::Bot)
            return formatBotOutput(event);
        return event.type() == EventType::User ? QString() : storyString(event);
    case User:
        return event.type() == EventType::User ? userCellText(event) : QString();
    case Confidence: {
        std::optional<double> confidence;
        if (event.type() == EventType::Action)
            confidence = event.confidence();
        else if (event.type() == EventType::User)
            confidence = event.parseData().intentConfidence();
        return confidence ? confidenceText(*confidence) : QString();
    }
    case Policy:
        return event.type() == EventType::Action ? event.policy() : QString();
    default:
        return {};
    }
}

QVariant ConversationModel::rawData(const Row &row, int column) const
{
    const Event &event = row.event;
    switch (column) {
    case Confidence: {
        const auto confidence = event.type() == EventType::User
                                    ? event.parseData().intentConfidence()
                                    : event.confidence();
        return confidence ? QVariant(*confidence) : QVariant();
    }
    case User:
        return event.type() == EventType::User ? event.text() : QString();
    default:
        return displayData(row, column);
    }
}

QVariant ConversationModel::toolTipData(const Row &row, int column) const
{
    const Event &event = row.event;
    if (column == User && event.type() == EventType::User) {
        QStringList lines;
        for (const IntentScore &score : event.parseData().intentRanking())
            lines.append(u"%1 %2"_s.arg(confidenceText(score.confidence), score.name));
        if (!lines.isEmpty())
            return tr("Intent ranking:\n%1").arg(lines.join(u'\n'));
    }
    if (column == Bot && event.type() == EventType::Action && !event.policy().isEmpty())
        return tr("Predicted by %1").arg(event.policy());
    return {};
}

QString ConversationModel::userCellText(const Event &user) const
{
    const ParseData parse = user.parseData();
    const QString annotated = MessageMarkup::annotate(user.text(), parse.entities());
    const auto confidence = parse.intentConfidence().value_or(1.0);
    return tr("%1\nintent: %2 %3")
        .arg(annotated, parse.fullIntentName(), confidenceText(confidence));
}

QString ConversationModel::actionCellText(const Event &action) const
{
    return action.actionNameOrText();
}

bool ConversationModel::isShown(const Event &event)
{
    switch (event.type()) {
    case EventType::User:
    case EventType::Bot:
        return true;
    case EventType::Action:
        return !(event.isAction(u"action_unlikely_intent"_s) && event.confidence() == 0.0);
    default:
        return !storyString(event).isEmpty();
    }
}

QString ConversationModel::formatBotOutput(const Event &bot)
{
    QString out = bot.text();
    const QJsonObject data = bot.botData();
    if (present(data, "image"_L1))
        out += tr("\nImage: %1").arg(Json::displayText(data.value("image"_L1)));
    if (present(data, "attachment"_L1))
        out += tr("\nAttachment: %1").arg(Json::displayText(data.value("attachment"_L1)));
    if (present(data, "buttons"_L1)) {
        out += tr("\nButtons:");
        const QJsonArray buttons = data.value("buttons"_L1).toArray();
        for (qsizetype i = 0; i < buttons.size(); ++i)
            out += u'\n' + choiceLine(static_cast<int>(i) + 1, buttons.at(i).toObject());
        out += tr("\nType out your own message...");
    }
    const std::pair<QLatin1StringView, QString> lists[] = {
        {"elements"_L1, tr("\nElements:")}, {"quick_replies"_L1, tr("\nQuick replies:")}};
    for (const auto &[key, heading] : lists) {
        if (!present(data, key))
            continue;
        out += heading;
        const QJsonArray items = data.value(key).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            out += u'\n' + elementLine(static_cast<int>(i) + 1, items.at(i));
    }
    return out;
}

QString ConversationModel::storyString(const Event &event)
{
    const QJsonObject json = event.toJson();
    switch (event.type()) {
    case EventType::Slot:
        return u"slot"_s + Json::pythonDumps(QJsonObject{{event.name(), event.slotValue()}}, false);
    case EventType::ActiveLoop: {
        const QJsonValue name = event.name().isEmpty() ? QJsonValue() : QJsonValue(event.name());
        return u"active_loop"_s + Json::pythonDumps(QJsonObject{{u"name"_s, name}}, false);
    }
    case EventType::Followup:
        return u"followup"_s + Json::pythonDumps(QJsonObject{{u"name"_s, event.name()}}, false);
    case EventType::Reminder:
    case EventType::CancelReminder: {
        QJsonObject rest = json;
        rest.remove("event"_L1);
        rest.remove("timestamp"_L1);
        return event.typeName() + Json::pythonDumps(rest, false);
    }
    case EventType::Restart:
    case EventType::ResetSlots:
    case EventType::Resume:
    case EventType::Export:
    case EventType::Pause:
        return event.typeName();
    case EventType::Unknown:
        return event.typeName();
    default:
        return {};
    }
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation,
                                       int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Bot:
        return tr("Bot");
    case User:
        return tr("You");
    case Confidence:
        return tr("Score");
    case Policy:
        return tr("Policy");
    default:
        return {};
    }
}

} // namespace Coach
