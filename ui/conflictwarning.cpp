#include "conflictwarning.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! At most this many story links per action; the rest are counted.
constexpr int MaxStoriesShown = 3;

QString storyLinks(const StoryConflict::Action &action)
{
    QStringList links;
    for (const StoryConflict::Occurrence &occurrence : action.occurrences) {
        if (links.size() == MaxStoriesShown) {
            links.append(ConflictWarning::tr("%n more", nullptr,
                                             int(action.occurrences.size()) - MaxStoriesShown));
            break;
        }
        links.append(u"<a href=\"story:%1\">%2</a>"_s.arg(occurrence.tracker)
                         .arg(occurrence.story.toHtmlEscaped()));
    }
    return links.join(u", "_s);
}

} // namespace

ConflictWarning::ConflictWarning(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(u"ConflictWarning"_s);
    setAccessibleName(tr("Story conflict"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warm = palette();
    warm.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc9));
    warm.setColor(QPalette::WindowText, QColor(0x3d, 0x2b, 0x00));
    setPalette(warm);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label->setObjectName(u"ConflictWarningText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"story:"_s))
            Q_EMIT storyRequested(link.mid(6).toInt());
        else
            Q_EMIT panelRequested();
    });
    hide();
}

void ConflictWarning::setConflict(const std::optional<StoryConflict> &conflict, int ownTracker)
{
    m_conflict = conflict;
    m_ownTracker = ownTracker;
    refresh();
}

void ConflictWarning::setPreview(const std::optional<StoryConflict> &conflict,
                                 const QString &action)
{
    m_preview = conflict;
    m_previewAction = action;
    refresh();
}

QString ConflictWarning::text() const
{
    return m_label->text();
}

QString ConflictWarning::describe(const StoryConflict &conflict, const QString &ownAction,
                                  int ownTracker)
{
    QStringList others;
    for (const StoryConflict::Action &action : conflict.actions) {
        StoryConflict::Action shown = action;
        shown.occurrences.removeIf(
            [ownTracker](const StoryConflict::Occurrence &o) { return o.tracker == ownTracker; });
        if (action.name == ownAction || shown.occurrences.isEmpty())
            continue;
        others.append(tr("<b>%1</b> in %2").arg(action.name.toHtmlEscaped(), storyLinks(shown)));
    }
    return others.join(u"; "_s);
}

void ConflictWarning::refresh()
{
    QString text;
    if (m_preview) {
        text = tr("Choosing <b>%1</b> here contradicts the training data after %2: %3.")
                   .arg(m_previewAction.toHtmlEscaped(), m_preview->stateText().toHtmlEscaped(),
                        describe(*m_preview, m_previewAction, -1));
    } else if (m_conflict) {
        QString own;
        for (const StoryConflict::Action &action : m_conflict->actions) {
            if (std::any_of(action.occurrences.cbegin(), action.occurrences.cend(),
                            [this](const StoryConflict::Occurrence &o) {
                                return o.tracker == m_ownTracker;
                            }))
                own = action.name;
        }
        text = tr("Story conflict after %1: this conversation runs <b>%2</b>, but %3.")
                   .arg(m_conflict->stateText().toHtmlEscaped(), own.toHtmlEscaped(),
                        describe(*m_conflict, own, m_ownTracker));
    }
    if (!text.isEmpty())
        text += u" <a href=\"panel\">%1</a>"_s.arg(tr("All conflicts…"));
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

} // namespace Coach
