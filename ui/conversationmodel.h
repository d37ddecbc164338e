#pragma once

#include "model/event.h"

#include <QAbstractTableModel>
#include <QList>

namespace Coach {

//! The conversation history table (spec §5.9): one row per event that Rasa's
//! history shows, taken from the applied events of the current conversation
//! (undone and rewound turns disappear, as in Rasa). setEvents() compares the
//! new list with the current rows and emits exact insert/remove/dataChanged
//! signals, so views keep their selection and scroll position.
class ConversationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Column { Number, Bot, User, Confidence, Policy, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole, //!< sortable value: row number, score, plain text
        EventTypeRole,               //!< Coach::EventType as int
        EventJsonRole,               //!< QJsonObject of the event, unchanged
        EventIndexRole,              //!< index of the event in the list given to setEvents
        UserTextRole,                //!< user message text (no markup)
        EntitiesRole,                //!< QJsonArray of the message's entities
        IntentRole,                  //!< intent name of a user message
        ButtonsRole,                 //!< QJsonArray of a bot message's buttons
        IsUserRole,                  //!< bool: the row is a user message
    };
    Q_ENUM(Role)

    explicit ConversationModel(QObject *parent = nullptr);

    //! All events of the conversation (as the server reports them with
    //! AFTER_RESTART or ALL); only the applied ones are shown.
    void setEvents(const EventList &events);
    void clear();

    Event eventAt(int row) const;
    int eventIndex(int row) const;
    //! Row of the last user message, or -1.
    int lastUserRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    //! Text of a bot message with its rich parts (spec §5.9.1).
    static QString formatBotOutput(const Event &bot);
    //! Markdown story string of an event that is neither user, bot nor
    //! action (`slot{"name": "value"}`), or empty when Rasa shows nothing.
    static QString storyString(const Event &event);
    //! Whether the history shows the event at all.
    static bool isShown(const Event &event);

private:
    struct Row
    {
        Event event;
        int eventIndex = -1;
        bool operator==(const Row &other) const
        {
            return event == other.event && eventIndex == other.eventIndex;
        }
    };

    static QList<Row> rowsFor(const EventList &events);
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;
    QVariant roleData(const Row &row, int role) const;
    QString userCellText(const Event &user) const;
    QString actionCellText(const Event &action) const;

    QList<Row> m_rows;
};

} // namespace Coach
