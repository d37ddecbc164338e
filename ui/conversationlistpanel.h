#pragma once

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Coach {

class InteractiveSession;
struct HistoryRow;
struct StoryOutline;

//! The session's conversations and their stories as a tree: restarted and
//! forked stories are listed (with the message a fork went back to), so the
//! work of a session can be found without the graph. The stories of a
//! conversation are read when it is current or expanded (a big session
//! file reads events lazily). Selecting a story
//! shows its turns below the tree; Enter or a double-click on a
//! conversation (or one of its stories) switches the session to it.
class ConversationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListPanel)

public:
    explicit ConversationListPanel(QWidget *parent = nullptr);

    //! The session to list and switch (not owned); nullptr clears the list.
    void setSession(InteractiveSession *session);
    QTreeWidget *tree() const { return m_tree; }
    //! The turns of the selected story, one line each.
    QListWidget *storyView() const { return m_story; }

    //! Item data roles: the conversation index, and the story index (-1 on
    //! a conversation item).
    static constexpr int ConversationRole = Qt::UserRole;
    static constexpr int StoryRole = Qt::UserRole + 1;

Q_SIGNALS:
    //! Switching was refused; the text says why.
    void commandFailed(const QString &message);

private:
    struct Selection
    {
        int conversation = -1;
        int story = -1;
    };

    static QString storyText(const StoryOutline &part);
    static QString rowText(const HistoryRow &row);
    void scheduleRefresh();
    void refresh();
    //! Stories of conversations whose events changed (one step's burst).
    void updateChanged();
    void fillStories(QTreeWidgetItem *item);
    Selection selection() const;
    void select(const Selection &selected);
    QTreeWidgetItem *conversationItem(int conversation) const;
    void showStory(const QTreeWidgetItem *item);
    void activate(const QTreeWidgetItem *item);

    QPointer<InteractiveSession> m_session;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_storyTitle = nullptr;
    QListWidget *m_story = nullptr;
    QTimer m_refresh;
    QTimer m_update;
    QSet<int> m_changed; //!< conversations with new events
    QSet<int> m_filled; //!< conversations whose stories are listed
};

} // namespace Coach
