import asyncio
import random

from vautokit.processing._queue import WorkQueue


async def test_leases_and_give_backs_never_drop_or_duplicate_work():
    queue = WorkQueue(range(23), workers=3)
    finished: list[int] = []
    rng = random.Random(3)

    async def worker():
        while batch := await queue.lease(5):
            for n, index in enumerate(batch):
                if rng.random() < 0.2:  # hand the rest back, as after a crash
                    await queue.give_back(batch[n:])
                    break
                await asyncio.sleep(0)
                finished.append(index)
                await queue.done()

    await asyncio.gather(*(worker() for _ in range(3)))
    assert sorted(finished) == list(range(23))


async def test_close_returns_what_was_left():
    queue = WorkQueue(range(10))
    assert await queue.lease(4) == [0, 1, 2, 3]
    assert await queue.close() == [4, 5, 6, 7, 8, 9]
    assert await queue.lease(4) == []


async def test_leases_shrink_to_a_fair_share_at_the_tail():
    queue = WorkQueue(range(24), workers=3)
    sizes = []
    while batch := await queue.lease(5):
        sizes.append(len(batch))
        await queue.done(len(batch))
    assert sizes == [5, 5, 5, 3, 2, 2, 1, 1]
