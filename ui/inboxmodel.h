#pragma once

#include "inbox/inboxfilter.h"
#include "inbox/inboxservice.h"
#include "inbox/reviewstate.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Coach {

//! The inbox table: one row per conversation that matches the filter,
//! newest activity first (InboxQuery). Rows are handed to the view a page
//! at a time (canFetchMore/fetchMore), so 20,000 conversations cost only
//! the rows the annotator scrolls to.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        Sender,
        FirstActivity,
        LastActivity,
        Turns,
        LowestConfidence,
        LatestIntent,
        Fallback,
        Review,
        Tags,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SenderIdRole = Qt::UserRole, //!< the conversation's sender id
        RawValueRole, //!< number or text behind the cell
    };
    Q_ENUM(Role)
    static constexpr int PageSize = 200;

    explicit InboxModel(QObject *parent = nullptr);

    void setIndex(const InboxService::Snapshot &index);
    void setFilter(const InboxFilter &filter);
    const InboxFilter &filter() const { return m_filter; }
    void setReviews(const QHash<QString, ConversationReview> &reviews, const QString &annotator);
    void updateReview(const ConversationReview &review);
    const QHash<QString, ConversationReview> &reviews() const { return m_reviews; }

    //! Conversations matching the filter (also those not fetched yet).
    int matchCount() const { return static_cast<int>(m_order.size()); }
    QString senderAt(int row) const;
    //! The row of a sender, fetching pages up to it; -1 when it does not match.
    int rowOf(const QString &senderId);
    //! Sender ids of the matches from `first` on, at most `count`.
    QStringList senders(int first, int count) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void matchCountChanged(int count);

private:
    void rebuild();
    const InboxIndex::Conversation &conversationAt(int row) const;
    QVariant display(const InboxIndex::Conversation &c, int column) const;
    QVariant raw(const InboxIndex::Conversation &c, int column) const;
    QString reviewText(const QString &senderId) const;

    InboxService::Snapshot m_index;
    InboxFilter m_filter;
    QHash<QString, ConversationReview> m_reviews;
    QString m_annotator;
    QList<int> m_order;
    int m_fetched = 0;
    bool m_resetting = false; //!< inside a reset or insertion: no fetching
};

} // namespace Coach
