#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace tepat {

// The demo's random numbers: splitmix64, tiny, fast and identical on every platform, so a seed
// gives the same village everywhere.
struct DemoRandom
{
    uint64_t state;

    // A stream of its own for one key (e.g. a household id): the seed and a salt mixed with a
    // stable hash (FNV-1a) of the key, independent of the village's main stream.
    static DemoRandom forKey(uint64_t seed, const QString &key, uint64_t salt)
    {
        uint64_t state = seed ^ salt;
        for (const QChar c : key) {
            state = (state ^ c.unicode()) * 0x100000001B3ULL;
        }
        return {state};
    }

    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int((next() >> 33) % uint64_t(n)); } // 0..n-1
    bool chance(int percent) { return below(1000) < percent * 10; }
    bool chancePermille(int permille) { return below(1000) < permille; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list[below(int(list.size()))];
    }
};

} // namespace tepat
