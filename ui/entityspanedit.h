#pragma once

#include "model/entity.h"

#include <QList>
#include <QPlainTextEdit>

#include <optional>
#include <utility>

namespace Coach {

//! The user message with its entities as coloured spans. The text cannot
//! be changed (spans refer to it), but it can be selected with the mouse or
//! the keyboard (Shift+arrows, Shift+Ctrl+arrows by word). With a
//! selection, E or Enter asks to mark it as an entity (a mouse selection
//! asks at once); Delete removes the entity under the cursor, Enter on an
//! entity asks to edit it.
//!
//! Spans are in Unicode code points, as Rasa counts them (Python string
//! indexes), not in UTF-16 units.
class EntitySpanEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntitySpanEdit)

public:
    explicit EntitySpanEdit(QWidget *parent = nullptr);

    void setMessage(const QString &text, const QList<Entity> &entities);
    void setEntities(const QList<Entity> &entities);
    const QList<Entity> &entities() const { return m_entities; }
    QString message() const { return m_text; }

    //! The selected span (code points), trimmed of surrounding spaces.
    std::optional<std::pair<int, int>> selectedSpan() const;
    void selectSpan(int start, int end);
    //! Index (in entities()) of the entity under the cursor, or -1.
    int entityAtCursor() const;

    static int toCodePoints(const QString &text, int utf16Position);
    static int toUtf16(const QString &text, int codePointPosition);

Q_SIGNALS:
    void markRequested(int start, int end);
    void editRequested(int entityIndex);
    void removeRequested(int entityIndex);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateHighlights();
    int entityAt(int utf16Position) const;
    bool requestMark();

    QString m_text;
    QList<Entity> m_entities;
};

} // namespace Coach
