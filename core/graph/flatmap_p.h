#pragma once

#include <QtGlobal>

#include <vector>

namespace Coach {

//! A small open-addressing hash map from 64-bit keys to non-negative ints
//! (linear probing, backward-shift deletion). The graph merger looks up
//! millions of adjacencies and buckets; one probe into a flat array is
//! markedly cheaper than a node-based or span-based table.
class FlatMap
{
public:
    FlatMap() { m_slots.resize(16); }

    void reserve(size_t count)
    {
        size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    //! The value of `key`, or -1.
    int value(quint64 key) const
    {
        for (size_t i = index(key);; i = (i + 1) & mask()) {
            const Slot &slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.key == key)
                return slot.value;
        }
    }

    void insert(quint64 key, int value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        for (size_t i = index(key);; i = (i + 1) & mask()) {
            Slot &slot = m_slots[i];
            if (slot.value < 0) {
                slot = Slot{key, value};
                ++m_size;
                return;
            }
            if (slot.key == key) {
                slot.value = value;
                return;
            }
        }
    }

    void remove(quint64 key)
    {
        size_t i = index(key);
        for (;; i = (i + 1) & mask()) {
            if (m_slots[i].value < 0)
                return;
            if (m_slots[i].key == key)
                break;
        }
        // backward shift: move later entries of the probe run into the hole
        for (size_t j = (i + 1) & mask();; j = (j + 1) & mask()) {
            if (m_slots[j].value < 0)
                break;
            const size_t home = index(m_slots[j].key);
            const bool movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
            if (movable) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i].value = -1;
        --m_size;
    }

    size_t size() const { return m_size; }

private:
    struct Slot
    {
        quint64 key = 0;
        int value = -1;
    };

    size_t mask() const { return m_slots.size() - 1; }
    size_t index(quint64 key) const
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return size_t(key) & mask();
    }
    void rehash(size_t capacity)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.resize(capacity);
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.value >= 0)
                insert(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace Coach
