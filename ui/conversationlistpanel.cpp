#include "conversationlistpanel.h"

#include "session/historyrow.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"
#include "session/storyparts.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

ConversationListPanel::ConversationListPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_storyTitle(new QLabel(this))
    , m_story(new QListWidget(this))
{
    setAccessibleName(tr("Conversations and stories"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Conversations"));
    m_tree->setToolTip(tr("Enter or double-click: continue this conversation"));
    m_story->setAccessibleName(tr("Turns of the selected story"));
    m_story->setWordWrap(true);
    m_storyTitle->setWordWrap(true);
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_storyTitle);
    belowLayout->addWidget(m_story, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(below);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(50); // one refresh for a burst of changes
    connect(&m_refresh, &QTimer::timeout, this, &ConversationListPanel::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem *item) { showStory(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](const QTreeWidgetItem *item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, StoryRole).toInt() < 0
            && !m_filled.contains(item->data(0, ConversationRole).toInt()))
            fillStories(item);
    });
    m_update.setSingleShot(true);
    m_update.setInterval(50);
    connect(&m_update, &QTimer::timeout, this, &ConversationListPanel::updateChanged);
}

QString ConversationListPanel::storyText(const StoryOutline &part)
{
    QString origin;
    if (part.origin == StoryOutline::Origin::Fork && !part.forkedBefore.isEmpty())
        origin = tr("forked before “%1”").arg(part.forkedBefore);
    else if (part.origin == StoryOutline::Origin::Fork)
        origin = tr("forked from story %1").arg(part.forkedFrom + 1);
    else if (part.origin == StoryOutline::Origin::Restart)
        origin = tr("restarted");
    else if (!part.firstMessage.isEmpty())
        origin = u"“%1”"_s.arg(part.firstMessage);
    const QString messages = part.userMessages == 0
        ? tr("no messages yet")
        : tr("%n message(s)", nullptr, part.userMessages);
    const QString story = tr("Story %1").arg(part.number);
    return origin.isEmpty() ? u"%1 · %2"_s.arg(story, messages)
                            : u"%1 · %2 · %3"_s.arg(story, origin, messages);
}

QString ConversationListPanel::rowText(const HistoryRow &row)
{
    switch (row.kind) {
    case HistoryRow::Kind::User:
        return tr("You: %1 (%2)").arg(row.text, row.intent);
    case HistoryRow::Kind::Bot:
        return tr("Bot says: %1").arg(row.text);
    case HistoryRow::Kind::Action:
        return tr("Bot runs: %1").arg(row.text);
    default:
        return row.text;
    }
}

void ConversationListPanel::setSession(InteractiveSession *session)
{
    if (m_session && m_session->document())
        m_session->document()->disconnect(this);
    m_session = session;
    if (m_session) {
        SessionDocument *document = m_session->document();
        connect(document, &SessionDocument::conversationAdded, this,
                &ConversationListPanel::scheduleRefresh);
        connect(document, &SessionDocument::conversationChanged, this,
                &ConversationListPanel::scheduleRefresh);
        connect(document, &SessionDocument::currentConversationChanged, this,
                &ConversationListPanel::scheduleRefresh);
        connect(document, &SessionDocument::eventsAppended, this, [this](int conversation) {
            m_changed.insert(conversation);
            m_update.start();
        });
    }
    m_filled.clear();
    refresh();
}

void ConversationListPanel::scheduleRefresh()
{
    m_refresh.start();
}

void ConversationListPanel::refresh()
{
    // Only the titles: a conversation's events are read (a big session file
    // reads them lazily) when its stories are shown, the current one at once.
    m_refresh.stop();
    const Selection selected = selection();
    m_tree->clear();
    const SessionDocument *document = m_session ? m_session->document() : nullptr;
    const int count = document ? document->conversationCount() : 0;
    for (int c = 0; c < count; ++c) {
        auto *item = new QTreeWidgetItem(m_tree, {document->conversationTitle(c)});
        item->setData(0, ConversationRole, c);
        item->setData(0, StoryRole, -1);
        item->setToolTip(0, tr("Conversation id: %1").arg(document->conversationId(c)));
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        QFont font = item->font(0);
        font.setBold(c == document->currentConversation());
        item->setFont(0, font);
        if (c == document->currentConversation() || m_filled.contains(c)) {
            fillStories(item);
            item->setExpanded(true);
        }
    }
    select(selected.conversation >= 0
               ? selected
               : Selection{document ? document->currentConversation() : -1, -1});
}

void ConversationListPanel::updateChanged()
{
    const Selection selected = selection();
    for (int conversation : std::as_const(m_changed)) {
        if (QTreeWidgetItem *item = conversationItem(conversation);
            item && m_filled.contains(conversation))
            fillStories(item);
    }
    m_changed.clear();
    select(selected);
}

void ConversationListPanel::fillStories(QTreeWidgetItem *item)
{
    const int conversation = item->data(0, ConversationRole).toInt();
    const SessionDocument *document = m_session->document();
    const QList<StoryOutline> parts = StoryParts::of(document->conversation(conversation).events);
    qDeleteAll(item->takeChildren());
    for (qsizetype p = 0; p < parts.size(); ++p) {
        auto *story = new QTreeWidgetItem(item, {storyText(parts.at(p))});
        story->setData(0, ConversationRole, conversation);
        story->setData(0, StoryRole, int(p));
    }
    item->setText(0,
                  tr("%1 (%n story/stories)", nullptr, int(parts.size()))
                      .arg(document->conversationTitle(conversation)));
    m_filled.insert(conversation);
}

ConversationListPanel::Selection ConversationListPanel::selection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    return {item->data(0, ConversationRole).toInt(), item->data(0, StoryRole).toInt()};
}

void ConversationListPanel::select(const Selection &selected)
{
    QTreeWidgetItem *item = conversationItem(selected.conversation);
    if (item && selected.story >= 0 && selected.story < item->childCount())
        item = item->child(selected.story);
    m_tree->setCurrentItem(item);
    showStory(item);
}

QTreeWidgetItem *ConversationListPanel::conversationItem(int conversation) const
{
    if (conversation < 0 || conversation >= m_tree->topLevelItemCount())
        return nullptr;
    return m_tree->topLevelItem(conversation);
}

void ConversationListPanel::showStory(const QTreeWidgetItem *item)
{
    m_story->clear();
    m_storyTitle->clear();
    if (!item || !m_session || item->data(0, StoryRole).toInt() < 0)
        return;
    const Conversation &conversation =
        m_session->document()->conversation(item->data(0, ConversationRole).toInt());
    const QList<StoryOutline> parts = StoryParts::of(conversation.events);
    const int index = item->data(0, StoryRole).toInt();
    if (index >= parts.size())
        return;
    const StoryOutline &part = parts.at(index);
    m_storyTitle->setText(storyText(part));
    const EventList events =
        conversation.events.mid(part.firstEvent, part.endEvent - part.firstEvent);
    const int major = m_session->document()->serverInfo().majorVersion();
    for (const HistoryRow &row : History::rows(events, major > 0 ? major : 3))
        m_story->addItem(rowText(row));
}

void ConversationListPanel::activate(const QTreeWidgetItem *item)
{
    if (!item || !m_session)
        return;
    const int conversation = item->data(0, ConversationRole).toInt();
    if (conversation == m_session->currentConversation())
        return;
    if (const Status status = m_session->switchConversation(conversation); !status)
        Q_EMIT commandFailed(status.error().message);
}

} // namespace Coach
