#pragma once

#include "model/domain.h"
#include "model/entity.h"
#include "session/sessionquestions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Coach {

class ChoiceList;
class EntityPicker;
class EntitySpanEdit;

//! The NLU question (spec §5.5) as a keyboard-first panel: Enter confirms
//! the predicted intent; typing filters the intents and 1–9 or the arrows
//! choose another one (without committing it), and a name nobody knows
//! creates an intent. Entities are marked on the message text by selection
//! (mouse, or Ctrl+E to focus the text then Shift+arrows and E), removed
//! with Delete, and shown as coloured spans and in a list. Intent and
//! entities are corrected in either order; Enter commits both. Ctrl+M
//! switches to Rasa's markup (`[Berlin]{"entity": "city", "role": "to"}`)
//! as an escape hatch.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setEntityDefinitions(const QList<EntityDefinition> &definitions);
    void ask(const NluQuestion &question);
    const NluQuestion &question() const { return m_question; }

    QList<Entity> currentEntities() const { return m_entities; }
    bool entitiesChanged() const;
    //! Marks [start, end) (code points) as an entity, as the picker would.
    void markEntity(int start, int end, const QString &type, const QString &role = {},
                    const QString &group = {});
    void removeEntity(int index);
    void setMarkupMode(bool on);
    bool isMarkupMode() const;

    ChoiceList *intentList() const { return m_intents; }
    EntitySpanEdit *messageView() const { return m_message; }
    EntityPicker *entityPicker() const { return m_picker; }
    QLineEdit *markupEdit() const { return m_markup; }
    QTreeWidget *entityList() const { return m_entityList; }

    void focusDefault();

Q_SIGNALS:
    void confirmed();
    void corrected(const QString &intent, const QList<Coach::Entity> &entities);
    void correctedFromMarkup(const QString &annotatedText, const QString &intent);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEntitySection();
    void createShortcuts();
    void submit(const QString &intent);
    void submitMarkup();
    void askToMark(int start, int end);
    void editEntity(int index);
    void onPickerAccepted(const QString &type, const QString &role, const QString &group);
    void refreshEntities();
    void updateHeader();

    NluQuestion m_question;
    QList<Entity> m_entities;
    std::optional<std::pair<int, int>> m_pendingSpan;
    int m_editedEntity = -1;

    QLabel *m_header = nullptr;
    EntitySpanEdit *m_message = nullptr;
    EntityPicker *m_picker = nullptr;
    QTreeWidget *m_entityList = nullptr;
    ChoiceList *m_intents = nullptr;
    QWidget *m_markupRow = nullptr;
    QLineEdit *m_markup = nullptr;
    QPushButton *m_markupButton = nullptr;
};

} // namespace Coach
