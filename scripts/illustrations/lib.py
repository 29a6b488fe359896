"""Tiny helpers to write the stretch illustrations as SVG Tiny 1.2."""
import math

INK = "#2b2b2b"
PROP = "#9a9a9a"
MUSCLE = "#e4572e"
ARROW = "#1b8aa0"

FLOOR_Y = 186          # centre of the floor line
GROUND = 180           # centre line of a foot / body part resting on the floor
W_TORSO = 10
W_LIMB = 8
W_HAND = 9
HEAD_R = 10
W_HEAD = 6
W_MUSCLE = 13
FAR = 0.6              # opacity of the limbs on the far side of the body ...
W_FAR = 6.5            # ... which are also a little thinner, so they read as body, not props
W_FAR_HAND = 7.5

# segment lengths
NECK = 6
TORSO = 48
THIGH = 42
SHIN = 40
UARM = 30
FARM = 27
HAND = 8
FOOT = 18


def f(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def P(p, length, angle):
    """Point at LENGTH from P in direction ANGLE (deg; 0 = right, 90 = down)."""
    a = math.radians(angle)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def ang(a, b):
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def ik(a, c, l1, l2, toward):
    """Middle joint of a two-segment limb from A to C, bending toward the point TOWARD."""
    d = min(dist(a, c), l1 + l2 - 0.01)
    x = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(0.0, l1 * l1 - x * x))
    ux, uy = (c[0] - a[0]) / dist(a, c), (c[1] - a[1]) / dist(a, c)
    base = (a[0] + ux * x, a[1] + uy * x)
    k1 = (base[0] - uy * h, base[1] + ux * h)
    k2 = (base[0] + uy * h, base[1] - ux * h)
    return k1 if dist(k1, toward) < dist(k2, toward) else k2


class Svg:
    def __init__(self, title):
        self.title = title
        self.items = []
        self.dx = 0
        self.dy = 0
        self.k = 1.0
        self.pivot = (100, FLOOR_Y)

    def scale(self, k, pivot):
        """Draw the figure K times larger about PIVOT (line widths, arrow heads and the floor unchanged)."""
        self.k, self.pivot = k, pivot

    def T(self, p):
        (px, py), k = self.pivot, self.k
        return (px + (p[0] - px) * k + self.dx, py + (p[1] - py) * k + self.dy)

    def add(self, s):
        self.items.append(s)

    # --- primitives -------------------------------------------------------
    def poly(self, pts, colour=INK, width=W_LIMB, opacity=None, fill="none", closed=False):
        pts = [self.T(p) for p in pts]
        d = "M" + " L".join(f"{f(x)} {f(y)}" for x, y in pts) + (" Z" if closed else "")
        self.path(d, colour, width, opacity, fill)

    def path(self, d, colour=INK, width=W_LIMB, opacity=None, fill="none"):
        op = f' opacity="{opacity}"' if opacity is not None else ""
        stroke = f'stroke="{colour}" stroke-width="{f(width)}" stroke-linecap="round" stroke-linejoin="round"' if width else 'stroke="none"'
        self.add(f'<path d="{d}" fill="{fill}" {stroke}{op}/>')

    def circle(self, c, r, colour=INK, width=W_HEAD, fill="none", opacity=None):
        op = f' opacity="{opacity}"' if opacity is not None else ""
        c, r = self.T(c), r * self.k
        stroke = f' stroke="{colour}" stroke-width="{f(width)}"' if width else ' stroke="none"'
        self.add(f'<circle cx="{f(c[0])}" cy="{f(c[1])}" r="{f(r)}" fill="{fill}"{stroke}{op}/>')

    def rect(self, x, y, w, h, r=3, fill=PROP, opacity=None, stroke=None, width=3):
        op = f' opacity="{opacity}"' if opacity is not None else ""
        x, y = self.T((x, y))
        w, h, r = w * self.k, h * self.k, r * self.k
        st = f' stroke="{stroke}" stroke-width="{f(width)}" stroke-linejoin="round"' if stroke else ' stroke="none"'
        self.add(f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}" rx="{f(r)}" ry="{f(r)}" fill="{fill}"{st}{op}/>')

    # --- body -------------------------------------------------------------
    def head(self, c):
        self.circle(c, HEAD_R)

    def limb(self, pts, opacity=None, width=None):
        if width is None:
            width = W_FAR if opacity == FAR else W_LIMB
        self.poly(pts, INK, width, opacity)

    def muscle(self, a, b, bulge=0.0, side=1, width=W_MUSCLE, opacity=0.85, offset=3.5):
        """Orange stroke from A to B, shifted OFFSET and bowed by BULGE units to one side."""
        n = ang(a, b) + 90 * side
        a, b = P(a, offset, n), P(b, offset, n)
        m = lerp(a, b, 0.5)
        cpt = self.T(P(m, 2 * bulge, n))
        a, b = self.T(a), self.T(b)
        self.path(f"M{f(a[0])} {f(a[1])} Q{f(cpt[0])} {f(cpt[1])} {f(b[0])} {f(b[1])}",
                  MUSCLE, width, opacity)

    def muscle_path(self, d, width=W_MUSCLE, opacity=0.85):
        self.path(d, MUSCLE, width, opacity)

    # --- movement arrow ---------------------------------------------------
    def arrow(self, pts, both=False, head=11, width=4):
        """Arrow along a quadratic (3 points) or straight (2 points) path ending in a head."""
        pts = [self.T(p) for p in pts]

        def headpoly(tip, direction):
            back = P(tip, head, direction + 180)
            l = P(back, head * 0.58, direction + 90)
            r = P(back, head * 0.58, direction - 90)
            self.add(f'<polygon points="{f(tip[0])},{f(tip[1])} {f(l[0])},{f(l[1])} {f(r[0])},{f(r[1])}" '
                     f'fill="{ARROW}" stroke="{ARROW}" stroke-width="1.5" stroke-linejoin="round"/>')

        if len(pts) == 2:
            a, b = pts
            da = ang(a, b)
            end = P(b, head * 0.8, da + 180)
            start = P(a, head * 0.8, da) if both else a
            self.path(f"M{f(start[0])} {f(start[1])} L{f(end[0])} {f(end[1])}", ARROW, width)
            headpoly(b, da)
            if both:
                headpoly(a, da + 180)
        else:
            a, c, b = pts
            de = ang(c, b)
            ds = ang(c, a)
            end = P(b, head * 0.8, de + 180)
            start = P(a, head * 0.8, ds + 180) if both else a
            self.path(f"M{f(start[0])} {f(start[1])} Q{f(c[0])} {f(c[1])} {f(end[0])} {f(end[1])}", ARROW, width)
            headpoly(b, de)
            if both:
                headpoly(a, ds)

    def arc_arrow(self, centre, radius, a0, a1, both=False, head=11):
        """Circular arc arrow from angle A0 to A1 (deg) around CENTRE."""
        mid = (a0 + a1) / 2
        half = math.radians(abs(a1 - a0) / 2)
        p0 = P(centre, radius, a0)
        p1 = P(centre, radius, a1)
        # control point of a quadratic approximating the arc
        cp = P(centre, radius / math.cos(half), mid)
        self.arrow([p0, cp, p1], both=both, head=head)

    # --- props ------------------------------------------------------------
    def floor(self, x0=8, x1=192):
        d = f"M{f(x0)} {FLOOR_Y} L{f(x1)} {FLOOR_Y}"
        self.path(d, PROP, 4)

    def mat(self, x0, x1):
        self.add(f'<rect x="{f(x0)}" y="{FLOOR_Y - 7}" width="{f(x1 - x0)}" height="6" rx="3" ry="3" fill="{PROP}" stroke="none" opacity="0.5"/>')

    def render(self):
        body = "\n  ".join(self.items)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            'viewBox="0 0 200 200" width="200" height="200">\n'
            f'  <title>{self.title}</title>\n  {body}\n</svg>\n'
        )
