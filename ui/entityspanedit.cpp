#include "entityspanedit.h"

#include "entitypalette.h"

#include "model/annotation.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Coach {

EntitySpanEdit::EntitySpanEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    setAccessibleName(tr("Message text; select words and press E to mark an entity"));
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    setFont(bigger);
    setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
}

int EntitySpanEdit::toCodePoints(const QString &text, int utf16Position)
{
    return Annotation::codePointLength(text.left(std::max(utf16Position, 0)));
}

int EntitySpanEdit::toUtf16(const QString &text, int codePointPosition)
{
    return static_cast<int>(Annotation::utf16Index(text, codePointPosition));
}

void EntitySpanEdit::setMessage(const QString &text, const QList<Entity> &entities)
{
    m_text = text;
    setPlainText(text);
    setEntities(entities);
    moveCursor(QTextCursor::Start);
}

void EntitySpanEdit::setEntities(const QList<Entity> &entities)
{
    m_entities = entities;
    updateHighlights();
}

void EntitySpanEdit::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Entity &entity : std::as_const(m_entities)) {
        if (!entity.hasSpan())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(toUtf16(m_text, *entity.start()));
        selection.cursor.setPosition(toUtf16(m_text, *entity.end()), QTextCursor::KeepAnchor);
        selection.format.setBackground(EntityPalette::background(entity.type(), palette()));
        selection.format.setForeground(palette().color(QPalette::Text));
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(EntityPalette::accent(entity.type(), palette()));
        selection.format.setToolTip(entity.type());
        selections.append(selection);
    }
    setExtraSelections(selections);
}

std::optional<std::pair<int, int>> EntitySpanEdit::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    while (start < end && m_text.at(start).isSpace())
        ++start;
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return std::nullopt;
    return std::make_pair(toCodePoints(m_text, start), toCodePoints(m_text, end));
}

void EntitySpanEdit::selectSpan(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(toUtf16(m_text, start));
    cursor.setPosition(toUtf16(m_text, end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

int EntitySpanEdit::entityAt(int utf16Position) const
{
    const int point = toCodePoints(m_text, utf16Position);
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        const Entity &entity = m_entities.at(i);
        if (entity.hasSpan() && point >= *entity.start() && point < *entity.end())
            return static_cast<int>(i);
    }
    return -1;
}

int EntitySpanEdit::entityAtCursor() const
{
    const int position = textCursor().position();
    const int at = entityAt(position);
    return at >= 0 ? at : entityAt(position - 1);
}

bool EntitySpanEdit::requestMark()
{
    const auto span = selectedSpan();
    if (!span)
        return false;
    Q_EMIT markRequested(span->first, span->second);
    return true;
}

void EntitySpanEdit::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const int key = event->key();
    if (plain && (key == Qt::Key_E || key == Qt::Key_Return || key == Qt::Key_Enter)) {
        if (requestMark())
            return;
        if (key != Qt::Key_E && entityAtCursor() >= 0) {
            Q_EMIT editRequested(entityAtCursor());
            return;
        }
    }
    if (plain && (key == Qt::Key_Delete || key == Qt::Key_Backspace) && entityAtCursor() >= 0) {
        Q_EMIT removeRequested(entityAtCursor());
        return;
    }
    if (plain && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        event->ignore(); // let the panel confirm
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void EntitySpanEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        requestMark();
}

bool EntitySpanEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index =
            entityAt(cursorForPosition(viewport()->mapFrom(this, help->pos())).position());
        if (index >= 0) {
            const Entity &entity = m_entities.at(index);
            QString tip = tr("%1 = %2").arg(entity.type(), entity.valueText());
            if (!entity.role().isEmpty())
                tip += tr("\nrole: %1").arg(entity.role());
            if (!entity.group().isEmpty())
                tip += tr("\ngroup: %1").arg(entity.group());
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Coach
