"""Story timelines across articles: who's who, and one actor's events in time order.

Pure: plain dataclasses in and out, no Textual, no store, no I/O beyond the
package's own word lists.
"""

from reader.timeline.build import ArticleStory, Report, TimelineEvent, timeline
from reader.timeline.moments import Moment, moments

__all__ = ["ArticleStory", "Moment", "Report", "TimelineEvent", "moments", "timeline"]
