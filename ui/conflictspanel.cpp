#include "conflictspanel.h"

#include "conflictmonitor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr int TrackerRole = Qt::UserRole + 1;

} // namespace

ConflictsPanel::ConflictsPanel(ConflictMonitor *monitor, QWidget *parent)
    : QWidget(parent), m_monitor(monitor), m_status(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(u"ConflictsPanel"_s);
    m_status->setWordWrap(true);
    m_tree->setAccessibleName(tr("Story conflicts"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    connect(m_monitor, &ConflictMonitor::conflictsChanged, this, &ConflictsPanel::scheduleRefresh);
    connect(m_monitor, &ConflictMonitor::stateChanged, this, &ConflictsPanel::scheduleRefresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ConflictsPanel::onActivated);
}

QString ConflictsPanel::statusText() const
{
    return m_status->text();
}

void ConflictsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ConflictsPanel::scheduleRefresh()
{
    m_dirty = true;
    // A hidden panel catches up when it is shown; a turn's burst of
    // signals is one refresh.
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                refresh();
        });
}

QString ConflictsPanel::status() const
{
    switch (m_monitor->state()) {
    case ConflictMonitor::State::NoProject:
        return tr("No bot project: connect with a project folder to check its stories.");
    case ConflictMonitor::State::Loading:
        return m_monitor->statusText();
    case ConflictMonitor::State::Failed:
        return tr("The stories cannot be checked: %1").arg(m_monitor->statusText());
    case ConflictMonitor::State::Ready:
        break;
    }
    const ConflictChecker *checker = m_monitor->checker();
    return tr("Conflicts: %1; %2.")
        .arg(m_tree->topLevelItemCount())
        .arg(checker->project().configMaxHistory.describe());
}

void ConflictsPanel::refresh()
{
    m_dirty = false;
    m_tree->clear();
    for (const StoryConflict &conflict : m_monitor->conflicts()) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("After %1").arg(conflict.stateText())});
        for (const StoryConflict::Action &action : conflict.actions) {
            auto *actionItem = new QTreeWidgetItem(top, {action.name});
            for (const StoryConflict::Occurrence &occurrence : action.occurrences) {
                auto *story = new QTreeWidgetItem(actionItem, {occurrence.story});
                story->setData(0, TrackerRole, occurrence.tracker);
                story->setToolTip(0, tr("Double-click to show its steps"));
            }
        }
    }
    m_tree->expandAll();
    m_status->setText(status());
}

void ConflictsPanel::onActivated(QTreeWidgetItem *item)
{
    const QVariant tracker = item->data(0, TrackerRole);
    if (tracker.isValid())
        Q_EMIT storyRequested(tracker.toInt());
}

} // namespace Coach
