"""Draws the exercise illustrations in resources/illustrations.

Run: .venv/bin/python scripts/illustrations/draw.py [ID ...]

Every figure is built from the same proportions and line widths (lib.py), so the set stays
consistent; edit a pose here and re-run rather than editing the SVG by hand.
"""

import sys
from pathlib import Path
from lib import *

OUT = Path(__file__).resolve().parents[2] / "resources" / "illustrations"


def foot(ankle, sole, flip=False):
    """Heel and toe points of a foot whose sole points along SOLE (deg)."""
    down = sole - 90 if flip else sole + 90
    heel = P(P(ankle, 6, down), 4, sole + 180)
    toe = P(heel, FOOT, sole)
    return heel, toe


def leg(s, hip, knee, ankle, sole, op=None, flip=False):
    heel, toe = foot(ankle, sole, flip)
    s.limb([hip, knee, ankle, heel, toe], op)
    return heel, toe


def arm(s, sh, el, wr, handdir, op=None, hand=HAND):
    s.limb([sh, el, wr], op)
    s.poly([wr, P(wr, hand, handdir)], INK, W_HAND, op)


def trunk(s, hip, sh, headang, neck=NECK):
    s.poly([hip, sh], INK, W_TORSO)
    s.poly([sh, P(sh, neck, headang)], INK, W_LIMB)
    c = P(sh, neck + HEAD_R + 2, headang)
    s.head(c)
    return c


def reach(sh, wr, toward):
    return ik(sh, wr, UARM, FARM, toward)


def wall(s, x, top=14):
    s.poly([(x, FLOOR_Y), (x, top)], PROP, 6)


def chair_side(s, seat_front, seat_back, seat_y, back_x=None, back_top=None, op=None):
    """Side view of a chair: seat from SEAT_FRONT to SEAT_BACK (x) at SEAT_Y."""
    s.poly([(seat_front, seat_y), (seat_back, seat_y)], PROP, 5, op)
    lo, hi = min(seat_front, seat_back), max(seat_front, seat_back)
    s.poly([(lo + 3, seat_y), (lo + 3, FLOOR_Y)], PROP, 4, op)
    s.poly([(hi - 3, seat_y), (hi - 3, FLOOR_Y)], PROP, 4, op)
    if back_x is not None:
        s.poly([(back_x, seat_y), (back_x, back_top)], PROP, 5, op)


# ---------------------------------------------------------------------------
def wall_calf(bent=False):
    s = Svg("Bent-knee wall calf stretch" if bent else "Standing wall calf stretch")
    s.floor()
    if not bent:
        A = (40, 174)
        hip = P(A, THIGH + SHIN, -62)
        knee = P(A, SHIN, -62)
        sh = P(hip, TORSO, -66)
        F = (114, 174)
    else:
        A = (46, 174)
        knee = P(A, SHIN, -56)
        hip = P(knee, THIGH, -98)
        sh = P(hip, TORSO, -68)
        F = (112, 174)
    fknee = ik(hip, F, THIGH, SHIN, (150, 120))
    wr = P(sh, 54, 4)
    wall_x = wr[0] + 8
    left, right = A[0] - 8, wall_x + 3
    s.dx = round((200 - (right - left)) / 2 - left)
    wall(s, wall_x)
    # far (front) leg and far arm
    leg(s, hip, fknee, F, 0, FAR)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] + 30)), wr, -78, FAR)
    # stretched back leg
    if not bent:
        s.muscle(P(knee, 4, ang(knee, A)), P(A, 10, ang(A, knee)), bulge=4, side=1)
    else:
        s.muscle(lerp(knee, A, 0.45), P(A, -3, ang(A, knee)), bulge=3.5, side=1)
    leg(s, hip, knee, A, 0)
    head = trunk(s, hip, sh, ang(hip, sh) + 4)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] + 30)), wr, -78)
    if not bent:
        # lean toward the wall
        s.arrow([P(hip, 30, -150), P(hip, 30, -120), P(hip, 22, -86)])
    else:
        s.arrow([P(knee, 22, -110), P(knee, 26, -40), P(knee, 20, 20)])
    return s


def standing_hamstring():
    s = Svg("Standing hamstring stretch")
    s.floor()
    F = (64, 174)
    hip = (70, 96)
    fknee = ik(hip, F, THIGH, SHIN, (100, 130))
    step_top = 150
    a = math.degrees(math.asin((step_top - 10 - hip[1]) / (THIGH + SHIN)))
    A = P(hip, THIGH + SHIN, a)
    knee = P(hip, THIGH, a)
    s.rect(A[0] - 16, step_top, 44, FLOOR_Y - step_top, r=3, fill=PROP, opacity=0.45, stroke=PROP, width=3)
    sh = P(hip, TORSO, -38)
    hand = lerp(hip, knee, 0.8)
    wr = (hand[0] - 2, hand[1] - 7)
    # far (standing) leg, far arm
    leg(s, hip, fknee, F, 0, FAR)
    arm(s, sh, reach(sh, wr, (sh[0] + 30, sh[1])), wr, 30, FAR)
    s.muscle(P(hip, 6, a), P(knee, 10, a), bulge=4, side=1)
    leg(s, hip, knee, A, -70)
    trunk(s, hip, sh, -34)
    arm(s, sh, reach(sh, wr, (sh[0] + 30, sh[1])), wr, 30)
    s.arc_arrow(hip, 76, -82, -52)
    return s


def seated_floor_base(s, lean, hip=(40, 171)):
    return hip, P(hip, TORSO, lean)


def seated_towel_calf():
    s = Svg("Seated towel calf stretch")
    s.floor()
    hip = (44, 172)
    knee = (hip[0] + THIGH, GROUND - 4)
    A = (knee[0] + SHIN, GROUND - 4)
    sh = P(hip, TORSO, -98)
    heel, toe = foot(A, -76)
    # far leg bent, knee up
    s.dx = 8
    wr = (94, 128)
    sole = -76
    t1 = P(lerp(heel, toe, 1.0), 5, sole + 90)
    t2 = P(lerp(heel, toe, 0.55), 5, sole + 90)
    s.poly([P(wr, 3, 0), t1, t2, P(wr, 3, 60)], PROP, 4)
    s.muscle(P(knee, 4, 0), P(A, 10, 180), bulge=4, side=1)
    leg(s, hip, knee, A, -76)
    s.poly([t1, t2], PROP, 5)
    trunk(s, hip, sh, -92)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 30)), wr, 0)
    s.arrow([P(toe, 14, -10), P(toe, 20, -80), P(toe, 16, -150)])
    return s


def seated_hamstring():
    s = Svg("Seated hamstring stretch")
    s.floor()
    hip = (34, 172)
    s.dx = 12
    knee = (hip[0] + THIGH, GROUND - 4)
    A = (knee[0] + SHIN, GROUND - 4)
    sh = P(hip, TORSO, -40)
    # far leg: knee out to the side, sole against the inner thigh
    s.muscle(P(hip, 6, 0), P(knee, 8, 0), bulge=3, side=1)
    leg(s, hip, knee, A, -80)
    trunk(s, hip, sh, -58)
    wr = (A[0] - 8, A[1] - 12)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] - 20)), wr, 20, FAR)
    arm(s, sh, reach(sh, wr, (sh[0] + 20, sh[1] - 20)), wr, 20)
    s.arc_arrow(hip, 80, -80, -48)
    return s



def seated_foot():
    s = Svg("Seated foot and toe stretch")
    s.floor()
    seat_y = 136
    chair_side(s, 84, 30, seat_y, back_x=32, back_top=84)
    hip = (62, 128)
    fknee = (108, 131)
    fA = (110, 173)
    leg(s, hip, fknee, fA, 0, FAR)
    knee = (94, 108)
    A = (119, 121)
    sole = -96
    heel, toe = foot(A, sole)
    sh = P(hip, TORSO, -76)
    wr = P(toe, 10, -40)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 40)), wr, 150, FAR)
    s.muscle(P(heel, 1, sole), P(toe, 3, sole + 180), bulge=1.5, side=1, offset=4)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -78)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 40)), wr, 150)
    s.arc_arrow(A, 36, -48, -112)
    return s


def standing_quad():
    s = Svg("Standing thigh stretch with a chair")
    s.floor()
    post_x, top = 116, 92
    chair_side(s, post_x, post_x + 44, 136, back_x=post_x, back_top=top)
    F = (68, 174)
    hip = (70, 90)
    fknee = lerp(hip, F, 0.51)
    sh = P(hip, TORSO, -91)
    leg(s, hip, fknee, F, 0, FAR)
    wr = (post_x - 2, top - 6)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 40)), wr, 60, FAR)
    knee = P(hip, THIGH, 99)
    A = P(knee, SHIN, -108)
    s.muscle(P(hip, 6, 99), P(knee, 8, -81), bulge=4, side=-1)
    heel, toe = foot(A, -132, flip=True)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -92)
    hwr = P(A, 6, 160)
    arm(s, sh, reach(sh, hwr, (sh[0] - 10, sh[1] + 30)), hwr, 20)
    s.arc_arrow(knee, 58, -138, -104)
    return s


def hip_flexor():
    s = Svg("Kneeling hip stretch")
    s.floor()
    s.dx = 6
    s.rect(40, 168, 44, 15, r=6, fill=PROP, opacity=0.6)
    knee = (64, 163)
    fA = (140, 174)
    hip = (96, 132)
    fknee = ik(hip, fA, THIGH, SHIN, (160, 110))
    A = (knee[0] - 40, GROUND - 3)
    sh = P(hip, TORSO, -93)
    leg(s, hip, fknee, fA, 0, FAR)
    s.muscle(P(hip, 2, -120), lerp(hip, knee, 0.62), bulge=2, side=-1, offset=4)
    s.limb([hip, knee, A, P(A, 11, 176)])
    trunk(s, hip, sh, -92)
    wr = lerp(hip, fknee, 0.7)
    wr = (wr[0], wr[1] - 8)
    arm(s, sh, reach(sh, wr, (sh[0] + 10, sh[1] + 20)), wr, 10)
    s.arrow([(hip[0] - 50, hip[1] - 22), (hip[0] - 18, hip[1] - 22)])
    return s


def ankle_pumps():
    s = Svg("Ankle pumps")
    s.floor()
    seat_y = 140
    chair_side(s, 74, 22, seat_y, back_x=24, back_top=86)
    hip = (54, 132)
    knee = P(hip, THIGH, 8)
    A = P(knee, SHIN, 60)
    # desk
    s.poly([(96, 104), (192, 104)], PROP, 5)
    s.poly([(186, 104), (186, FLOOR_Y)], PROP, 4)
    sh = P(hip, TORSO, -88)
    el = (sh[0] + 6, sh[1] + 29)
    wr = (el[0] + 27, 98)
    s.limb([sh, el, wr], FAR)
    heel, toe = foot(A, -62)
    heel2, toe2 = foot(A, 28)
    s.limb([A, heel2, toe2], 0.3)
    s.muscle(lerp(knee, A, 0.2), lerp(knee, A, 0.7), bulge=2, side=1, width=10, offset=3)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -90)
    s.limb([sh, el, wr])
    s.poly([wr, P(wr, HAND, 0)], INK, W_HAND)
    s.arc_arrow(A, 33, -66, 16, both=True)
    return s


def calf_raises():
    s = Svg("Calf raises")
    s.floor()
    sole = 40
    x = 80
    heel, toe = foot((0, 0), sole)
    A = (x, GROUND - toe[1])
    heel, toe = foot(A, sole)
    post_x, top = 118, 92
    chair_side(s, post_x, post_x + 44, 138, back_x=post_x, back_top=top)
    knee = (A[0] + 1, A[1] - SHIN)
    hip = (A[0] + 2, knee[1] - THIGH)
    sh = P(hip, TORSO, -80)
    wr = (post_x - 3, top - 6)
    d = 6
    s.limb([(hip[0] + d, hip[1]), (knee[0] + d, knee[1]), (A[0] + d, A[1]), (heel[0] + d, heel[1]), (toe[0] + d, toe[1])], FAR)
    arm(s, sh, reach(sh, wr, (sh[0] - 10, sh[1] + 40)), wr, 60, FAR)
    fh, ft = foot((A[0], GROUND - 6), 0)
    s.poly([fh, ft], INK, W_LIMB, 0.18)
    s.muscle(P(knee, 5, 90), lerp(knee, A, 0.8), bulge=4, side=1)
    s.limb([hip, knee, A, heel, toe])
    trunk(s, hip, sh, -78)
    arm(s, sh, reach(sh, wr, (sh[0] - 10, sh[1] + 40)), wr, 60)
    s.arrow([(heel[0] - 14, 178), (heel[0] - 14, 140)], both=True)
    return s


def chair_hamstring():
    s = Svg("Seated hamstring stretch on a chair")
    s.floor()
    seat_y = 136
    chair_side(s, 72, 22, seat_y, back_x=24, back_top=84)
    hip = (64, 128)
    a = math.degrees(math.asin((GROUND - 6 - hip[1]) / (THIGH + SHIN)))
    A = P(hip, THIGH + SHIN, a)
    knee = P(hip, THIGH, a)
    fknee = (hip[0] + 43, hip[1] - 4)
    fA = (fknee[0] + 3, 174)
    sh = P(hip, TORSO, -46)
    leg(s, hip, fknee, fA, 0, FAR)
    wr = (fknee[0] - 8, fknee[1] - 8)
    arm(s, sh, reach(sh, wr, (sh[0] - 20, sh[1] + 30)), wr, 10, FAR)
    s.muscle(P(hip, 6, a), P(knee, 8, a), bulge=4, side=1)
    leg(s, hip, knee, A, -74)
    trunk(s, hip, sh, -40)
    arm(s, sh, reach(sh, wr, (sh[0] - 20, sh[1] + 30)), wr, 10)
    s.arc_arrow(hip, 78, -84, -54)
    return s


def neck_side_tilt():
    s = Svg("Neck side stretch")
    s.floor()
    # chair, front view
    s.poly([(66, 96), (66, FLOOR_Y)], PROP, 5)
    s.poly([(134, 96), (134, FLOOR_Y)], PROP, 5)
    s.poly([(60, 134), (140, 134)], PROP, 6)
    base = (100, 80)
    tilt = 28
    hc = P(base, NECK + HEAD_R + 5, -90 - tilt)
    # stretched (left) side of the neck = the viewer's right
    s.muscle((121, 82), P(hc, HEAD_R - 1, 48), bulge=-1, side=1, offset=0)
    # legs (front view: thighs come toward us, shins down)
    for x, o in ((86, -1), (114, 1)):
        s.limb([(x, 126), (x + o * 2, 140), (x + o * 2, 174)])
        s.poly([(x + o * 2, 178), (x + o * 7, 178)], INK, W_HAND)
    # torso outline
    s.poly([(70, 86), (100, 81), (130, 86), (120, 128), (80, 128)], INK, W_LIMB, closed=True)
    s.poly([base, P(base, NECK + 3, -90 - tilt)], INK, W_LIMB)
    s.head(hc)
    # relaxed arms, hands on the thighs
    s.limb([(70, 88), (63, 112), (80, 128)])
    s.limb([(130, 88), (137, 112), (120, 128)])
    s.arc_arrow(base, 50, -66, -112)
    return s


def hand_press():
    s = Svg("Hand and finger stretch")
    s.floor()
    ty = 106
    s.poly([(84, ty), (192, ty)], PROP, 5)
    s.poly([(90, ty), (90, FLOOR_Y)], PROP, 4)
    s.poly([(186, ty), (186, FLOOR_Y)], PROP, 4)
    F = (46, 174)
    hip = (52, 90)
    sh = P(hip, TORSO, -68)
    dy = ty - 6.5 - sh[1]
    wr = (sh[0] + math.sqrt(max(0, 55 ** 2 - dy ** 2)), ty - 6.5)
    el = lerp(sh, wr, UARM / (UARM + FARM))
    fknee = lerp(hip, F, 0.5)
    leg(s, (hip[0] + 4, hip[1]), (fknee[0] + 6, fknee[1]), (F[0] + 8, F[1]), 0, FAR)
    s.limb([sh, (sh[0] - 2, sh[1] + 28), (sh[0] + 6, sh[1] + 52)], FAR)
    # stretched forearm flexors and palm
    s.muscle(lerp(el, wr, 0.1), P(wr, 3, ang(wr, el)), bulge=2, side=-1, offset=4)
    s.poly([P(wr, 2, 0), P(wr, 16, 0)], MUSCLE, 13, 0.85)
    leg(s, hip, fknee, F, 0)
    trunk(s, hip, sh, -64)
    s.limb([sh, el, wr])
    s.poly([wr, P(wr, 17, 0)], INK, 7)
    # spread fingers (seen from the side as small tips)
    s.arrow([(wr[0] + 12, wr[1] - 44), (wr[0] + 12, wr[1] - 14)])
    return s


def childs_pose():
    s = Svg("Child's pose")
    s.floor()
    s.mat(14, 186)
    g = FLOOR_Y - 7 - 4
    knee = (102, g)
    A = (knee[0] - SHIN, g + 1)
    hip = (A[0] + 6, A[1] - 26)
    knee = P(hip, THIGH, ang(hip, knee))
    sh = (hip[0] + 46, hip[1] + 6)
    cp = (hip[0] + 22, hip[1] - 26)

    def bez(t):
        u = 1 - t
        return (u * u * hip[0] + 2 * u * t * cp[0] + t * t * sh[0], u * u * hip[1] + 2 * u * t * cp[1] + t * t * sh[1])

    # lower back: the first part of the rounded back, just above the line
    pts = []
    for i in range(9):
        t = 0.04 + 0.5 * i / 8
        p, q = bez(t), bez(t + 0.01)
        pts.append(P(p, 5, ang(p, q) - 90))
    s.poly(pts, MUSCLE, W_MUSCLE, 0.85)
    s.limb([hip, knee, A, P(A, 13, 178)])
    s.path(f"M{f(hip[0])} {f(hip[1])} Q{f(cp[0])} {f(cp[1])} {f(sh[0])} {f(sh[1])}", INK, W_TORSO)
    hc = (sh[0] + 8, g - HEAD_R + 2)
    s.poly([sh, P(sh, 7, 60)], INK, W_LIMB)
    s.head(hc)
    wr = (176, g + 1)
    el = ik(sh, wr, UARM, FARM, (sh[0] + 30, sh[1] - 20))
    s.limb([sh, el, wr])
    s.poly([wr, P(wr, HAND, 0)], INK, W_HAND)
    s.arrow([(hip[0] + 22, hip[1] - 44), (hip[0] + 0, hip[1] - 44), (hip[0] - 14, hip[1] - 26)])
    return s


def knees_to_chest():
    s = Svg("Knees to chest")
    s.floor()
    s.mat(10, 190)
    g = FLOOR_Y - 7 - 5
    sh = (62, g)
    hip = (sh[0] + TORSO, g)
    hc = (sh[0] - NECK - HEAD_R - 3, g - 6)
    knee = P(hip, THIGH, -128)
    A = P(knee, SHIN, 8)
    heel, toe = foot(A, -56)
    s.limb([hip, P(knee, 3, 30), P(A, 3, 30), heel, toe], FAR)
    s.muscle(lerp(sh, hip, 0.55), P(hip, 8, -20), bulge=-2, side=1, offset=5)
    s.limb([hip, knee, A, heel, toe])
    s.poly([hip, sh], INK, W_TORSO)
    s.poly([sh, P(sh, NECK, 180 - 14)], INK, W_LIMB)
    s.head(hc)
    wr = lerp(knee, A, 0.28)
    wr = (wr[0], wr[1] + 6)
    arm(s, sh, reach(sh, wr, (sh[0] - 10, sh[1] - 40)), wr, 70)
    s.arc_arrow(hip, 62, -78, -122)
    return s


def lying_lengthen():
    s = Svg("Lying full-body lengthen")
    s.floor()
    s.mat(8, 192)
    k = 0.8
    g = FLOOR_Y - 7 - 5
    hip = (108, g)
    sh = (hip[0] - TORSO * k, g)
    knee = (hip[0] + THIGH * k, g)
    A = (knee[0] + SHIN * k, g - 1)
    hr = HEAD_R * 0.9
    hc = (sh[0] - (NECK + 2) * k - hr, g - 5)
    s.muscle(P(sh, 10, 0), P(hip, 4, 180), bulge=2, side=-1, offset=4)
    toe = P(A, FOOT * k, 12)
    s.limb([hip, knee, A, toe])
    s.poly([hip, sh], INK, W_TORSO)
    s.poly([sh, P(sh, NECK * k, 180)], INK, W_LIMB)
    s.circle(hc, hr)
    wr = P(sh, (UARM + FARM) * k, 180 + 16)
    s.limb([sh, wr])
    s.poly([wr, P(wr, HAND * k, 180 + 16)], INK, W_HAND)
    s.arrow([(52, 140), (18, 140)])
    s.arrow([(152, 140), (186, 140)])
    return s

BUILD = {
    "wall-calf": lambda: wall_calf(False),
    "standing-hamstring": standing_hamstring,
    "seated-towel-calf": seated_towel_calf,
    "seated-hamstring": seated_hamstring,
    "soleus-wall": lambda: wall_calf(True),
    "seated-foot": seated_foot,
    "standing-quad": standing_quad,
    "hip-flexor": hip_flexor,
    "ankle-pumps": ankle_pumps,
    "calf-raises": calf_raises,
    "chair-hamstring": chair_hamstring,
    "neck-side-tilt": neck_side_tilt,
    "hand-press": hand_press,
    "childs-pose": childs_pose,
    "knees-to-chest": knees_to_chest,
    "lying-lengthen": lying_lengthen,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILD)
    for n in names:
        (OUT / f"{n}.svg").write_text(BUILD[n]().render())
        print("wrote", n)
