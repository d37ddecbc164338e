#include "inboxmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString time(const std::optional<double> &seconds)
{
    if (!seconds)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(qint64(*seconds * 1000)).toLocalTime();
    return QLocale().toString(local, QLocale::ShortFormat);
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

InboxModel::InboxModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void InboxModel::setIndex(const InboxService::Snapshot &index)
{
    m_index = index;
    rebuild();
}

void InboxModel::setFilter(const InboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void InboxModel::setReviews(const QHash<QString, ConversationReview> &reviews,
                            const QString &annotator)
{
    m_reviews = reviews;
    m_annotator = annotator;
    rebuild();
}

void InboxModel::updateReview(const ConversationReview &review)
{
    m_reviews.insert(review.senderId, review);
    if (m_filter.review != InboxFilter::Review::Any || !m_filter.tags.isEmpty()) {
        rebuild(); // the change may take it in or out of the filter
        return;
    }
    for (int row = 0; row < m_fetched; ++row) {
        if (senderAt(row) == review.senderId)
            Q_EMIT dataChanged(index(row, Review), index(row, Tags));
    }
}

void InboxModel::rebuild()
{
    // Listeners (views, testers) must not fetch inside the model's own
    // signals: one page per request, never a cascade.
    m_resetting = true;
    beginResetModel();
    m_order = m_index ? InboxQuery::run(*m_index, m_filter, m_reviews) : QList<int>();
    m_fetched = std::min<int>(PageSize, static_cast<int>(m_order.size()));
    endResetModel();
    m_resetting = false;
    Q_EMIT matchCountChanged(matchCount());
}

const InboxIndex::Conversation &InboxModel::conversationAt(int row) const
{
    return m_index->conversations().at(m_order.at(row));
}

QString InboxModel::senderAt(int row) const
{
    return row >= 0 && row < m_order.size() ? conversationAt(row).senderId : QString();
}

int InboxModel::rowOf(const QString &senderId)
{
    for (int row = 0; row < m_order.size(); ++row) {
        if (conversationAt(row).senderId != senderId)
            continue;
        while (m_fetched <= row)
            fetchMore({});
        return row;
    }
    return -1;
}

QStringList InboxModel::senders(int first, int count) const
{
    QStringList ids;
    for (int row = std::max(0, first); row < m_order.size() && ids.size() < count; ++row)
        ids.append(conversationAt(row).senderId);
    return ids;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_fetched < m_order.size();
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min<int>(PageSize, static_cast<int>(m_order.size()) - m_fetched);
    m_resetting = true; // no page inside another one's signals
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
    m_resetting = false;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const InboxIndex::Conversation &c = conversationAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == Review ? QVariant(m_reviews.value(c.senderId).notes)
                                        : display(c, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Turns || index.column() == LowestConfidence
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case SenderIdRole:
        return c.senderId;
    case RawValueRole:
        return raw(c, index.column());
    default:
        return {};
    }
}

QVariant InboxModel::display(const InboxIndex::Conversation &c, int column) const
{
    switch (column) {
    case Sender:
        return c.senderId;
    case FirstActivity:
        return time(c.firstEvent);
    case LastActivity:
        return time(c.lastEvent);
    case Turns:
        return c.userTurns;
    case LowestConfidence:
        return c.minConfidence ? QLocale().toString(*c.minConfidence, 'f', 2) : QString();
    case LatestIntent:
        return m_index->name(c.latestIntent);
    case Fallback:
        return c.fallback ? tr("fallback") : QString();
    case Review:
        return reviewText(c.senderId);
    case Tags:
        return m_reviews.value(c.senderId).tags.join(u", "_s);
    default:
        return {};
    }
}

QVariant InboxModel::raw(const InboxIndex::Conversation &c, int column) const
{
    switch (column) {
    case FirstActivity:
        return optionalNumber(c.firstEvent);
    case LastActivity:
        return optionalNumber(c.lastEvent);
    case LowestConfidence:
        return optionalNumber(c.minConfidence);
    case Fallback:
        return c.fallback;
    case Review:
        return m_reviews.value(c.senderId).reviewed;
    default:
        return display(c, column);
    }
}

QString InboxModel::reviewText(const QString &senderId) const
{
    const auto found = m_reviews.constFind(senderId);
    if (found == m_reviews.cend())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (found->isClaimedByOther(m_annotator, now))
        return tr("claimed by %1").arg(found->claimedBy);
    if (found->reviewed)
        return tr("reviewed by %1").arg(found->reviewedBy);
    if (found->isClaimedBy(m_annotator, now))
        return tr("claimed by you");
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sender:
        return tr("Sender");
    case FirstActivity:
        return tr("First activity");
    case LastActivity:
        return tr("Last activity");
    case Turns:
        return tr("Turns");
    case LowestConfidence:
        return tr("Lowest confidence");
    case LatestIntent:
        return tr("Latest intent");
    case Fallback:
        return tr("Fallback");
    case Review:
        return tr("Review");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace Coach
